using MachiDx.Platform.Outbox;

namespace MachiDx.Activities.Contracts;

/// <summary>What kind of health activity was verified.</summary>
public enum HealthActivityKind
{
    /// <summary>A day's walking steps (self-reported or imported; within the city's daily limit).</summary>
    Steps = 0,

    /// <summary>A health check-up or 検診, attested by staff.</summary>
    Checkup = 1,

    /// <summary>A health class (健康教室), attested by staff.</summary>
    HealthClass = 2,
}

/// <summary>
/// Published (through the outbox) each time a health activity is recorded and accepted. For steps, a later, higher
/// count for the same day publishes again with the new total; rewards are keyed per day and threshold.
/// </summary>
public sealed record HealthActivityVerified(
    int MunicipalityId, Guid ActivityId, Guid ResidentId, HealthActivityKind Kind, DateOnly Date, int? Steps, string Title)
    : IIntegrationEvent
{
    public const string EventName = "activities.health-activity-verified";
}
