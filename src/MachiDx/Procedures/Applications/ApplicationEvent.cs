using MachiDx.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MachiDx.Procedures.Applications;

/// <summary>One entry of an application's timeline: a status change, a note, a correction request or answer.</summary>
public sealed class ApplicationEvent : ITenantOwned
{
    public Guid Id { get; set; }

    public int MunicipalityId { get; set; }

    public Guid ApplicationId { get; set; }

    public DateTime AtUtc { get; set; }

    public required string Kind { get; set; }

    public ApplicationStatus? ToStatus { get; set; }

    public string? Message { get; set; }

    /// <summary>Internal notes are for staff only and never shown to the resident.</summary>
    public bool Internal { get; set; }

    public Guid? ActorId { get; set; }

    public required string ActorName { get; set; }

    public const string StatusChanged = "status";
    public const string Note = "note";
    public const string CorrectionRequested = "correction-requested";
    public const string Corrected = "corrected";
    public const string Assigned = "assigned";

    internal static void Configure(EntityTypeBuilder<ApplicationEvent> entity)
    {
        entity.ToTable("application_events");
        entity.HasKey(e => e.Id);
        entity.HasIndex(e => new { e.ApplicationId, e.AtUtc });
        entity.Property(e => e.Kind).HasMaxLength(30);
        entity.Property(e => e.ToStatus).HasConversion<string>().HasMaxLength(30);
        entity.Property(e => e.Message).HasMaxLength(2000);
        entity.Property(e => e.ActorName).HasMaxLength(100);
        entity.HasOne<Application>().WithMany().HasForeignKey(e => e.ApplicationId).OnDelete(DeleteBehavior.Cascade);
    }
}
