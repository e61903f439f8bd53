using MachiDx.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MachiDx.Activities.Groups;

public enum GroupStatus
{
    Pending = 0,
    Approved = 1,
    Rejected = 2,
}

/// <summary>
/// A community group (自治会, NPO, サークル) that may organise volunteer events once the city approves it. Its
/// representative — the resident who applied — manages its events.
/// </summary>
public sealed class OrganizerGroup : ITenantOwned
{
    public Guid Id { get; set; }

    public int MunicipalityId { get; set; }

    public required string Name { get; set; }

    public required string Activity { get; set; }

    public Guid RepresentativeUserId { get; set; }

    public required string RepresentativeName { get; set; }

    public required string ContactPhone { get; set; }

    public GroupStatus Status { get; set; }

    public string? ReviewNote { get; set; }

    public DateTime AppliedAtUtc { get; set; }

    public DateTime? ReviewedAtUtc { get; set; }

    internal static void Configure(EntityTypeBuilder<OrganizerGroup> entity)
    {
        entity.ToTable("organizer_groups");
        entity.HasKey(g => g.Id);
        entity.HasIndex(g => new { g.MunicipalityId, g.Name }).IsUnique();
        entity.HasIndex(g => new { g.MunicipalityId, g.RepresentativeUserId });
        entity.Property(g => g.Name).HasMaxLength(100);
        entity.Property(g => g.Activity).HasMaxLength(1000);
        entity.Property(g => g.RepresentativeName).HasMaxLength(100);
        entity.Property(g => g.ContactPhone).HasMaxLength(20);
        entity.Property(g => g.ReviewNote).HasMaxLength(500);
    }
}
