using MachiDx.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MachiDx.Activities.Events;

public enum EventStatus
{
    Open = 0,
    Cancelled = 1,
}

/// <summary>
/// A volunteer event (清掃活動, 見守り, 防災訓練 …) organised by city staff or by an approved community group. Residents
/// register, then check in at the venue with its rotating QR code or are marked present by the organiser.
/// </summary>
public sealed class VolunteerEvent : ITenantOwned
{
    public Guid Id { get; set; }

    public int MunicipalityId { get; set; }

    /// <summary>The approved community group that runs it; null when the city runs it.</summary>
    public Guid? GroupId { get; set; }

    /// <summary>Shown to residents: the group's name or the department's.</summary>
    public required string OrganizerName { get; set; }

    public Guid CreatedByUserId { get; set; }

    public required string Title { get; set; }

    public required string Description { get; set; }

    public required string Place { get; set; }

    public DateTime StartsAtUtc { get; set; }

    public DateTime EndsAtUtc { get; set; }

    public int Capacity { get; set; }

    /// <summary>Residents holding a place (registered or attended); kept by conditional updates so capacity holds under concurrency.</summary>
    public int Taken { get; set; }

    public long RewardPoints { get; set; }

    public EventStatus Status { get; set; }

    /// <summary>The key of the venue's rotating check-in code (never shown; the code is derived from it and the time).</summary>
    public required byte[] CheckInKey { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    internal static void Configure(EntityTypeBuilder<VolunteerEvent> entity)
    {
        entity.ToTable("volunteer_events");
        entity.HasKey(e => e.Id);
        entity.HasIndex(e => new { e.MunicipalityId, e.StartsAtUtc });
        entity.Property(e => e.OrganizerName).HasMaxLength(100);
        entity.Property(e => e.Title).HasMaxLength(100);
        entity.Property(e => e.Description).HasMaxLength(2000);
        entity.Property(e => e.Place).HasMaxLength(200);
        entity.Property(e => e.CheckInKey).HasMaxLength(32);
    }
}

public enum RegistrationStatus
{
    Registered = 0,
    Cancelled = 1,
    Attended = 2,
}

public enum AttendanceMethod
{
    VenueCode = 0,
    Organizer = 1,
}

/// <summary>A resident's place at an event: one row per resident and event, from registration to attendance.</summary>
public sealed class EventRegistration : ITenantOwned
{
    public Guid Id { get; set; }

    public int MunicipalityId { get; set; }

    public Guid EventId { get; set; }

    public Guid ResidentId { get; set; }

    /// <summary>Kept so the organiser's list reads without another module's tables.</summary>
    public required string ResidentName { get; set; }

    public RegistrationStatus Status { get; set; }

    public DateTime RegisteredAtUtc { get; set; }

    public DateTime? CancelledAtUtc { get; set; }

    public DateTime? AttendedAtUtc { get; set; }

    public AttendanceMethod? AttendedBy { get; set; }

    internal static void Configure(EntityTypeBuilder<EventRegistration> entity)
    {
        entity.ToTable("event_registrations");
        entity.HasKey(r => r.Id);
        entity.HasIndex(r => new { r.MunicipalityId, r.EventId, r.ResidentId }).IsUnique();
        entity.HasIndex(r => new { r.MunicipalityId, r.ResidentId });
        entity.Property(r => r.ResidentName).HasMaxLength(100);
    }
}
