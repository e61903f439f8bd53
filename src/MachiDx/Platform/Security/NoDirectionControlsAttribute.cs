using System.ComponentModel.DataAnnotations;

namespace MachiDx.Platform.Security;

/// <summary>
/// Refuses <see cref="DirectionControls"/> in a name (of a person, shop, group, department, event …) with a Japanese
/// field error; the same attribute serves the pages (model binding) and the API (AddValidation).
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter | AttributeTargets.Field)]
public sealed class NoDirectionControlsAttribute : ValidationAttribute
{
    public NoDirectionControlsAttribute()
        : base(DirectionControls.Message)
    {
    }

    public override bool IsValid(object? value) => value is not string text || !DirectionControls.Contains(text);
}
