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
        var (status, title) = Classify(exception);
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

    /// <summary>
    /// The status and Japanese title an exception means. Two copies of one request that meet in the database (a double
    /// submit, two tabs) end in a version conflict or a unique-index violation for the later one: that is a conflict
    /// (409), not a server error — the database kept the rule and the first copy's effect stands.
    /// </summary>
    public static (int Status, string Title) Classify(Exception exception) => exception switch
    {
        CrossTenantWriteException => (StatusCodes.Status403Forbidden, "この自治体のデータは操作できません。"),
        DbUpdateConcurrencyException => (StatusCodes.Status409Conflict, ConflictTitle),
        DbUpdateException { InnerException: var inner } when IsUniqueViolation(inner) => (StatusCodes.Status409Conflict, ConflictTitle),
        BadHttpRequestException bad => (bad.StatusCode, "リクエストの形式が正しくありません。"),
        _ => (StatusCodes.Status500InternalServerError, "システムエラーが発生しました。時間をおいてもう一度お試しください。"),
    };

    public const string ConflictTitle = "ほかの操作と重なったため保存できませんでした。画面を開き直して、いまの状態を確認してください。";

    private static bool IsUniqueViolation(Exception? exception) => exception switch
    {
        Npgsql.PostgresException postgres => postgres.SqlState == Npgsql.PostgresErrorCodes.UniqueViolation,
        Microsoft.Data.Sqlite.SqliteException sqlite => sqlite.SqliteExtendedErrorCode is 2067 or 1555, // SQLITE_CONSTRAINT_UNIQUE, _PRIMARYKEY
        _ => false,
    };

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception")]
    private static partial void LogUnhandled(ILogger logger, Exception exception);
}
