using MachiDx.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MachiDx.Procedures.Applications;

/// <summary>An online application (申請) and where it stands.</summary>
public sealed class Application : ITenantOwned
{
    public Guid Id { get; set; }

    public int MunicipalityId { get; set; }

    /// <summary>受付番号, e.g. "2026-000042", unique within the municipality.</summary>
    public required string ReceiptNumber { get; set; }

    public required string ProcedureCode { get; set; }

    public required string ProcedureName { get; set; }

    /// <summary>The department (課) that processes it, by name.</summary>
    public required string Department { get; set; }

    public Guid ApplicantId { get; set; }

    public required string ApplicantName { get; set; }

    public ApplicationStatus Status { get; set; }

    /// <summary>The evaluated form values (JSON), hidden fields already dropped.</summary>
    public required string ValuesJson { get; set; }

    public long FeeYen { get; set; }

    /// <summary>Fields staff asked the resident to correct (補正), with comments, as JSON; empty otherwise.</summary>
    public string CorrectionJson { get; set; } = "[]";

    /// <summary>Key of a booked slot (facility/date/slot), for capacity checks; null when not a booking.</summary>
    public string? CapacityKey { get; set; }

    public DateTime SubmittedAtUtc { get; set; }

    /// <summary>標準処理期間 end; overdue after it while still open.</summary>
    public DateOnly? DueDate { get; set; }

    public Guid? AssigneeId { get; set; }

    public string? AssigneeName { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    public DateTime? CompletedAtUtc { get; set; }

    public int Version { get; set; }

    internal static void Configure(EntityTypeBuilder<Application> entity)
    {
        entity.ToTable("applications");
        entity.HasKey(a => a.Id);
        entity.HasIndex(a => new { a.MunicipalityId, a.ReceiptNumber }).IsUnique();
        entity.HasIndex(a => new { a.MunicipalityId, a.Department, a.Status });
        entity.HasIndex(a => new { a.MunicipalityId, a.ApplicantId });
        entity.HasIndex(a => new { a.MunicipalityId, a.CapacityKey });
        entity.Property(a => a.ReceiptNumber).HasMaxLength(20);
        entity.Property(a => a.ProcedureCode).HasMaxLength(80);
        entity.Property(a => a.ProcedureName).HasMaxLength(120);
        entity.Property(a => a.Department).HasMaxLength(60);
        entity.Property(a => a.ApplicantName).HasMaxLength(100);
        entity.Property(a => a.AssigneeName).HasMaxLength(100);
        entity.Property(a => a.Status).HasConversion<string>().HasMaxLength(30);
        entity.Property(a => a.ValuesJson).HasMaxLength(64000);
        entity.Property(a => a.CorrectionJson).HasMaxLength(16000);
        entity.Property(a => a.CapacityKey).HasMaxLength(300);
        entity.Property(a => a.Version).IsConcurrencyToken();
    }
}
