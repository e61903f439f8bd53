using System.Text;
using MachiDx.Platform.Web;

namespace MachiDx.Platform.Security;

/// <summary>
/// Refuses requests that carry a NUL character (U+0000) in the query string, a form or a JSON body. No field of
/// MachiDX has a use for it, PostgreSQL cannot store it in text, and it is a classic way to cut strings short
/// in logs and file names. The answer is 400: problem details on the API, the error page elsewhere.
/// File uploads (multipart) are not scanned: their parts are checked by the fields that read them.
/// </summary>
public static class NulCharacterGuard
{
    private const int MaxScannedBody = 1024 * 1024;
    private static readonly byte[] JsonEscape = Encoding.ASCII.GetBytes("\\u0000");

    public static IApplicationBuilder UseNulCharacterGuard(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var request = context.Request;
        var reExecuted = context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is not null;
        if (!reExecuted && (Contains(request.QueryString.Value, "%00") || await BodyHasNulAsync(request)))
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            if (ApiPaths.IsApi(request.Path))
            {
                await ApiProblems.Problem(StatusCodes.Status400BadRequest, "使用できない文字（NUL）が含まれています。入力内容を確認してください。").ExecuteAsync(context);
            }

            return;
        }

        await next(context);
    });

    private static bool Contains(string? text, string value) =>
        text is not null && text.Contains(value, StringComparison.OrdinalIgnoreCase);

    private static async Task<bool> BodyHasNulAsync(HttpRequest request)
    {
        var mediaType = request.ContentType?.Split(';')[0].Trim();
        var json = mediaType is not null && mediaType.EndsWith("json", StringComparison.OrdinalIgnoreCase);
        var form = string.Equals(mediaType, "application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase);
        if (!(json || form) || request.ContentLength is > MaxScannedBody)
        {
            return false;
        }

        request.EnableBuffering(MaxScannedBody);
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, request.HttpContext.RequestAborted);
        request.Body.Position = 0;
        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        if (bytes.Contains((byte)0))
        {
            return true;
        }

        return json
            ? ContainsIgnoringCase(bytes, JsonEscape)
            : ContainsIgnoringCase(bytes, "%00"u8);
    }

    private static bool ContainsIgnoringCase(ReadOnlySpan<byte> haystack, ReadOnlySpan<byte> needle)
    {
        for (var i = 0; i + needle.Length <= haystack.Length; i++)
        {
            var match = true;
            for (var j = 0; j < needle.Length && match; j++)
            {
                match = char.ToUpperInvariant((char)haystack[i + j]) == char.ToUpperInvariant((char)needle[j]);
            }

            if (match)
            {
                return true;
            }
        }

        return false;
    }
}
