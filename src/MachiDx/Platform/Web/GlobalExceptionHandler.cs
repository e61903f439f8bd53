using MachiDx.Platform.Tenancy;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Platform.Web;

/// <summary>
/// Maps the few exceptions that carry meaning to problem details on the API; everything else is a
/// plain 500 without internals. Pages fall through to the Japanese error page.
/// </summary>
internal sealed partial class GlobalExceptionHandler(IProblemDetailsService problems, ILogger<GlobalExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title) = exception switch
        {
            CrossTenantWriteException => (StatusCodes.Status403Forbidden, "この自治体のデータは操作できません。"),
            DbUpdateConcurrencyException => (StatusCodes.Status409Conflict, "ほかの操作と重なったため保存できませんでした。もう一度お試しください。"),
            BadHttpRequestException bad => (bad.StatusCode, "リクエストの形式が正しくありません。"),
            _ => (StatusCodes.Status500InternalServerError, "システムエラーが発生しました。時間をおいてもう一度お試しください。"),
        };
        if (status >= 500)
        {
            LogUnhandled(logger, exception);
        }

        // The middleware has already pointed Request.Path at the error page ("/error/500") when it asks a handler:
        // the path the caller asked for is on the feature.
        var path = httpContext.Features.Get<IExceptionHandlerFeature>()?.Path ?? httpContext.Request.Path.Value ?? "";
        if (!ApiPaths.IsApi(path))
        {
            return false;
        }

        httpContext.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = { Status = status, Title = title, Instance = path },
        });
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception")]
    private static partial void LogUnhandled(ILogger logger, Exception exception);
}
