using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace MachiDx.Platform.Web;

public static class ModelStateExtensions
{
    /// <summary>Adds a rule's field-keyed errors to a page's model state under the bound property's prefix.</summary>
    public static void AddErrors(this ModelStateDictionary modelState, string prefix, IReadOnlyDictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(errors);
        foreach (var (field, messages) in errors)
        {
            foreach (var message in messages)
            {
                modelState.AddModelError(prefix.Length == 0 ? field : prefix + "." + field, message);
            }
        }
    }
}
