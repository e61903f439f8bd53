using MachiDx.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MachiDx.Procedures.Kpi;

/// <summary>
/// Cases of one procedure received outside MachiDX's own forms (窓口, 郵送, 電話, or another online system),
/// counted by staff: a day's count, or a whole month's from a CSV import.
/// </summary>
internal sealed class CaseCount : ITenantOwned
{
    public Guid Id { get; set; }

    public int MunicipalityId { get; set; }

    public required string ProcedureCode { get; set; }

    /// <summary>One of <see cref="CaseChannel.All"/>.</summary>
    public required string Channel { get; set; }

    /// <summary>The day the cases were received; the 1st of the month when <see cref="WholeMonth"/>.</summary>
    public DateOnly Date { get; set; }

    /// <summary>A monthly total from a CSV import; re-importing the same month and channel replaces it.</summary>
    public bool WholeMonth { get; set; }

    public int Count { get; set; }

    public string? Note { get; set; }

    public Guid? RecordedById { get; set; }

    public required string RecordedByName { get; set; }

    public DateTime RecordedAtUtc { get; set; }

    internal static void Configure(EntityTypeBuilder<CaseCount> entity)
    {
        entity.ToTable("case_counts");
        entity.HasKey(c => c.Id);
        entity.HasIndex(c => new { c.MunicipalityId, c.Date });
        entity.HasIndex(c => new { c.MunicipalityId, c.ProcedureCode, c.Date });

        // One whole-month count per procedure, month and channel (an import replaces it): held by the index, so that the
        // same CSV imported twice at the same moment cannot add it twice.
        entity.HasIndex(c => new { c.MunicipalityId, c.ProcedureCode, c.Channel, c.Date }).IsUnique().HasFilter("\"WholeMonth\"")
            .HasDatabaseName("IX_case_counts_one_whole_month");
        entity.Property(c => c.ProcedureCode).HasMaxLength(80);
        entity.Property(c => c.Channel).HasMaxLength(20);
        entity.Property(c => c.Note).HasMaxLength(200);
        entity.Property(c => c.RecordedByName).HasMaxLength(100);
    }
}
