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

    public static IApplicationBuilder UseNulCharacterGuard(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var request = context.Request;
        var reExecuted = context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is not null;
        if (!reExecuted && (request.QueryString.Value?.Contains("%00", StringComparison.Ordinal) == true || await BodyHasNulAsync(request)))
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

    private static async Task<bool> BodyHasNulAsync(HttpRequest request)
    {
        var mediaType = request.ContentType?.Split(';')[0].Trim();
        var json = mediaType is not null && mediaType.EndsWith("json", StringComparison.OrdinalIgnoreCase);
        var form = string.Equals(mediaType, "application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase);
        if (!(json || form) || request.ContentLength is > MaxScannedBody)
        {
            return false;
        }

        ReadOnlyMemory<byte> bytes;
        if (request.ContentLength is { } length)
        {
            // The usual case (a payment is ~100 bytes): read exactly the body into an array of its size and hand the
            // same bytes on. EnableBuffering would rent a buffer of its whole threshold per request, which the shared
            // pool stops supplying at ~100 concurrent requests (then every request allocated it anew).
            var body = new byte[length];
            var read = await request.Body.ReadAtLeastAsync(body, body.Length, throwOnEndOfStream: false, request.HttpContext.RequestAborted);
            request.Body = new MemoryStream(body, 0, read, writable: false);
            bytes = body.AsMemory(0, read);
        }
        else
        {
            request.EnableBuffering();
            using var buffer = new MemoryStream();
            await request.Body.CopyToAsync(buffer, request.HttpContext.RequestAborted);
            request.Body.Position = 0;
            if (buffer.Length > MaxScannedBody)
            {
                return false;
            }

            bytes = buffer.ToArray();
        }

        if (bytes.Span.Contains((byte)0))
        {
            return true;
        }

        // JSON escapes it as \u0000 (only a lower-case u is valid), a form as %00: neither has letters to fold.
        return bytes.Span.IndexOf(json ? "\\u0000"u8 : "%00"u8) >= 0;
    }
}
