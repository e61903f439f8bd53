using MachiDx.Platform.Outbox;

namespace MachiDx.Activities.Contracts;

/// <summary>
/// Published (through the outbox) when a resident's attendance at a volunteer event is recorded, by the venue QR or
/// by the organiser. <see cref="EventId"/> and <see cref="ResidentId"/> make the reward idempotent.
/// </summary>
public sealed record VolunteerAttended(
    int MunicipalityId, Guid EventId, string EventTitle, DateOnly EventDate, Guid ResidentId, long Points, DateTime AttendedAtUtc)
    : IIntegrationEvent
{
    public const string EventName = "activities.volunteer-attended";
}
