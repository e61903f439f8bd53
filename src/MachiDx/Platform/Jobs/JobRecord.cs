using MachiDx.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MachiDx.Platform.Jobs;

/// <summary>A long-running piece of work (import, payout run, verification) and its progress, for pages to show.</summary>
public sealed class JobRecord : ITenantOwned
{
    public Guid Id { get; set; }

    public int MunicipalityId { get; set; }

    public required string Kind { get; set; }

    /// <summary>Japanese title shown to staff, e.g. 「監査ログの検証」.</summary>
    public required string Title { get; set; }

    public JobStatus Status { get; set; }

    public long Done { get; set; }

    public long Total { get; set; }

    /// <summary>Latest progress message or final result, in Japanese.</summary>
    public string Message { get; set; } = "";

    public Guid? StartedBy { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime? FinishedAtUtc { get; set; }

    public int Percent => Total <= 0 ? (Status == JobStatus.Succeeded ? 100 : 0) : (int)Math.Min(100, Done * 100 / Total);

    internal static void Configure(EntityTypeBuilder<JobRecord> entity)
    {
        entity.ToTable("jobs");
        entity.HasKey(e => e.Id);
        entity.Ignore(e => e.Percent);
        entity.Property(e => e.Kind).HasMaxLength(100);
        entity.Property(e => e.Title).HasMaxLength(200);
        entity.Property(e => e.Message).HasMaxLength(2000);
        entity.Property(e => e.Status).HasConversion<string>().HasMaxLength(20);
    }
}
