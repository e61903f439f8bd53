using Microsoft.AspNetCore.Http.HttpResults;

namespace MachiDx.Platform.Web;

/// <summary>RFC 9457 problem responses with Japanese titles, shared by every module's API.</summary>
public static class ApiProblems
{
    public static ValidationProblem Validation(IReadOnlyDictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(
            errors,
            title: "入力内容に誤りがあります。",
            detail: "各項目のメッセージを確認して、入力し直してください。");

    public static ProblemHttpResult Problem(int status, string title, string? detail = null) =>
        TypedResults.Problem(statusCode: status, title: title, detail: detail);

    public static ProblemHttpResult NotFound(string what) =>
        Problem(StatusCodes.Status404NotFound, what + "が見つかりません。");
}
