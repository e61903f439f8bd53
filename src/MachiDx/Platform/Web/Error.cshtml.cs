using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MachiDx.Platform.Web;

/// <summary>Japanese error pages for every status code a page can end with.</summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public string Heading { get; private set; } = "";

    public string Explanation { get; private set; } = "";

    public string BackHref { get; private set; } = "/";

    public IActionResult OnGet(int code) => Show(code);

    public IActionResult OnPost(int code) => Show(code);

    private PageResult Show(int code)
    {
        // On a re-executed request the original status is the truth: a POST re-executed here may carry form
        // values and stale route values that model binding would otherwise mix in.
        var reExecuted = HttpContext.Features.Get<IStatusCodeReExecuteFeature>();
        code = reExecuted?.OriginalStatusCode ?? code;
        var original = reExecuted?.OriginalPath;

        // After an exception the page is /error/500 whatever it was; the exception says what really happened.
        if (HttpContext.Features.Get<IExceptionHandlerPathFeature>() is { } failed)
        {
            code = GlobalExceptionHandler.Classify(failed.Error).Status;
            original = failed.Path;
        }

        (Heading, Explanation) = code switch
        {
            400 => ("送信内容を確認できませんでした", "ページを長く開いたままにしていたか、送信内容が正しくない可能性があります。お手数ですが、もう一度ページを開き直してから操作してください。"),
            403 => ("このページを表示する権限がありません", "ログインしているアカウントでは、このページを利用できません。"),
            404 => ("ページが見つかりません", "お探しのページは、移動または削除されたか、アドレスが間違っている可能性があります。"),
            405 => ("この操作はできません", "ページを開き直してから、もう一度お試しください。"),
            409 => ("ほかの操作と重なりました", "同じ内容がほかの画面や操作で先に処理されたため、この操作は保存していません。ページを開き直して、いまの状態を確認してください。"),
            413 => ("送信されたデータが大きすぎます", "ファイルの大きさを確認して、もう一度お試しください。"),
            429 => ("アクセスが集中しています", "しばらく時間をおいてから、もう一度お試しください。"),
            >= 500 => ("システムエラーが発生しました", "ご不便をおかけして申し訳ありません。時間をおいてもう一度お試しください。"),
            _ => ("ページを表示できませんでした", "時間をおいてもう一度お試しください。"),
        };
        var segments = original?.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments is { Length: > 0 } && code != 404 && segments[0] is not ("api" or "error"))
        {
            BackHref = "/" + segments[0];
        }

        Response.StatusCode = code is >= 400 and <= 599 ? code : 500;
        return Page();
    }
}
