using MachiDx.Platform.Rules;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace MachiDx.Platform.Web;

/// <summary>The one mapping of a <see cref="Refusal"/> to an API response and to a page's model state.</summary>
public static class RefusalResults
{
    /// <summary>
    /// RFC 9457 problem details: the status of the refusal's kind, <paramref name="title"/> (what could not be done)
    /// with the refusal's message as detail, or the message as the title when no title is given; its field errors
    /// under <c>errors</c> as a validation problem has them.
    /// </summary>
    public static ProblemHttpResult ToProblem(this Refusal refusal, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        var detail = title is null ? null : refusal.Message;
        title ??= refusal.Message;
        var extensions = refusal.Fields.Count == 0
            ? null
            : new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["errors"] = refusal.Fields.ToDictionary(f => f.Key, f => new[] { f.Value }, StringComparer.Ordinal),
            };
        return TypedResults.Problem(statusCode: refusal.Status, title: title, detail: detail, extensions: extensions);
    }

    /// <summary>
    /// Adds the refusal to a page's model state: each field error under its field (prefixed by the bound property's
    /// name), or, when it names no field, the message for the whole form (the empty key).
    /// </summary>
    public static void AddRefusal(this ModelStateDictionary modelState, Refusal refusal, string prefix = "")
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(refusal);
        if (refusal.Fields.Count == 0)
        {
            modelState.AddModelError(string.Empty, refusal.Message);
            return;
        }

        foreach (var (field, message) in refusal.Fields)
        {
            modelState.AddModelError(prefix.Length == 0 || field.Length == 0 ? prefix + field : prefix + "." + field, message);
        }
    }
}
