using MachiDx.Platform.Identity;

namespace MachiDx.Procedures.Applications;

/// <summary>Who made a change, as the timeline names them.</summary>
public sealed record ApplicationActor(Guid? Id, string Name)
{
    public static ApplicationActor Of(CurrentActor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return new(actor.UserId, actor.Name);
    }
}

/// <summary>The fields a staff member asked the resident to correct (補正), each with a comment.</summary>
public sealed record CorrectionItem(string Field, string Comment);

/// <summary>Free text on the timeline: normalized like form input, and never longer than its column allows.</summary>
internal static class ApplicationText
{
    public static string? Clean(string? text)
    {
        var normalized = Forms.Engine.FormEvaluator.Normalize(text);
        return normalized.Length == 0 ? null : normalized[..Math.Min(normalized.Length, Application.MaxMessageLength)];
    }
}
