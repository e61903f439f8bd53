using System.Diagnostics;
using System.Text.Json;

namespace MachiDx.Platform.Web;

/// <summary>
/// Every problem response: a Japanese title (framework defaults are English), camelCase field keys
/// matching the JSON the client sent, the request path as instance, and a trace id for support.
/// </summary>
internal static class ProblemDetailsSetup
{
    public static void Customize(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        problem.Instance ??= context.HttpContext.Request.Path;
        problem.Extensions["traceId"] = Activity.Current?.Id ?? context.HttpContext.TraceIdentifier;
        if (problem is HttpValidationProblemDetails validation)
        {
            var errors = validation.Errors.ToDictionary(
                e => string.Join('.', e.Key.Split('.').Select(JsonNamingPolicy.CamelCase.ConvertName)),
                e => e.Value,
                StringComparer.Ordinal);
            validation.Errors.Clear();
            foreach (var (key, messages) in errors)
            {
                validation.Errors[key] = messages;
            }

            if (IsDefaultTitle(problem.Title))
            {
                problem.Title = "入力内容に誤りがあります。";
                problem.Detail ??= "各項目のメッセージを確認して、入力し直してください。";
            }
        }
        else if (IsDefaultTitle(problem.Title))
        {
            problem.Title = ApiStatusCodes.TitleFor(problem.Status ?? context.HttpContext.Response.StatusCode);
        }
    }

    // Framework defaults are English; our own titles are Japanese.
    private static bool IsDefaultTitle(string? title) => string.IsNullOrEmpty(title) || title.All(char.IsAscii);
}
