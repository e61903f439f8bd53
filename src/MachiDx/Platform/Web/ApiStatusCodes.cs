using Microsoft.AspNetCore.Diagnostics;

namespace MachiDx.Platform.Web;

/// <summary>Gives bodiless API error responses (401, 403, 404, 405 …) an RFC 9457 body with a Japanese title.</summary>
internal static class ApiStatusCodes
{
    public static async Task WriteAsync(StatusCodeContext context)
    {
        var http = context.HttpContext;
        var problems = http.RequestServices.GetRequiredService<IProblemDetailsService>();
        var status = http.Response.StatusCode;
        await problems.WriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = { Status = status, Title = TitleFor(status) } });
    }

    public static string TitleFor(int status) => status switch
    {
        400 => "リクエストの形式が正しくありません。",
        401 => "ログインが必要です。",
        403 => "この操作を行う権限がありません。",
        404 => "お探しのページまたはデータが見つかりません。",
        405 => "この方法ではリクエストできません。",
        409 => "ほかの操作と重なりました。",
        413 => "送信されたデータが大きすぎます。",
        415 => "この形式のデータは受け付けていません。",
        429 => "リクエストが多すぎます。しばらく待ってからお試しください。",
        _ => "リクエストを処理できませんでした。",
    };
}
