using MachiDx.Platform.Web;

namespace MachiDx.Platform.Security;

/// <summary>
/// Refuses requests that carry a NUL character (U+0000) in the query string, a form or a JSON body. No field of
/// MachiDX has a use for it, PostgreSQL cannot store it in text, and it is a classic way to cut strings short
/// in logs and file names. The answer is 400: problem details on the API, the error page elsewhere.
/// Bodies of any size are scanned: small ones (the usual case) in memory, larger ones as a stream in chunks, so a
/// body over the in-memory size cannot carry a NUL past the guard. File uploads (multipart) are not scanned: their
/// parts are checked by the fields that read them.
/// </summary>
public static class NulCharacterGuard
{
    private const int MaxInMemoryBody = 1024 * 1024;
    private const int ChunkSize = 64 * 1024;
    private static readonly byte[] JsonNul = "\\u0000"u8.ToArray();
    private static readonly byte[] FormNul = "%00"u8.ToArray();

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
        if (!(json || form))
        {
            return false;
        }

        // JSON escapes it as \u0000 (only a lower-case u is valid), a form as %00: neither has letters to fold.
        var escaped = json ? JsonNul : FormNul;
        if (request.ContentLength is { } length and <= MaxInMemoryBody)
        {
            // The usual case (a payment is ~100 bytes): read exactly the body into an array of its size and hand the
            // same bytes on. EnableBuffering would rent a buffer of its whole threshold per request, which the shared
            // pool stops supplying at ~100 concurrent requests (then every request allocated it anew).
            var body = new byte[length];
            var read = await request.Body.ReadAtLeastAsync(body, body.Length, throwOnEndOfStream: false, request.HttpContext.RequestAborted);
            request.Body = new MemoryStream(body, 0, read, writable: false);
            return HasNul(body.AsSpan(0, read), escaped);
        }

        // A large or chunked body: buffered (to disk beyond the in-memory threshold) and scanned chunk by chunk;
        // the last bytes of each chunk are kept so that an escape split between two chunks is still found.
        request.EnableBuffering();
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(ChunkSize + escaped.Length);
        try
        {
            var carried = 0;
            int count;
            while ((count = await request.Body.ReadAsync(buffer.AsMemory(carried, ChunkSize), request.HttpContext.RequestAborted)) > 0)
            {
                var filled = carried + count;
                if (HasNul(buffer.AsSpan(0, filled), escaped))
                {
                    return true;
                }

                carried = Math.Min(escaped.Length - 1, filled);
                buffer.AsSpan(filled - carried, carried).CopyTo(buffer);
            }

            return false;
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
            request.Body.Position = 0;
        }
    }

    private static bool HasNul(ReadOnlySpan<byte> bytes, ReadOnlySpan<byte> escaped) => bytes.Contains((byte)0) || bytes.IndexOf(escaped) >= 0;
}
