using MachiDx.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MachiDx.Wallet.Payouts;

public enum PayoutRunStatus
{
    /// <summary>Amounts reserved in the ledger (pending transfers); the 全銀 file can be downloaded.</summary>
    Held = 0,

    /// <summary>The bank accepted the file: the reservations were posted.</summary>
    Confirmed = 1,

    /// <summary>The bank rejected the file: the reservations were voided and the sales are back with the shops.</summary>
    Rejected = 2,
}

/// <summary>A payout run (換金): every approved shop's unpaid sales, less its fee, paid by one 総合振込 file.</summary>
public sealed class PayoutRun : ITenantOwned
{
    public Guid Id { get; set; }

    public int MunicipalityId { get; set; }

    /// <summary>振込指定日.</summary>
    public DateOnly TransferDate { get; set; }

    public PayoutRunStatus Status { get; set; }

    public int Count { get; set; }

    public long GrossYen { get; set; }

    public long FeeYen { get; set; }

    public long NetYen { get; set; }

    public required string CreatedBy { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public string? ResolvedBy { get; set; }

    public DateTime? ResolvedAtUtc { get; set; }

    internal static void Configure(EntityTypeBuilder<PayoutRun> entity)
    {
        entity.ToTable("payout_runs");
        entity.HasKey(r => r.Id);
        entity.HasIndex(r => new { r.MunicipalityId, r.CreatedAtUtc });
        entity.Property(r => r.CreatedBy).HasMaxLength(100);
        entity.Property(r => r.ResolvedBy).HasMaxLength(100);
    }
}

/// <summary>One shop's line of a payout run, with the bank details as they were when the run was made.</summary>
public sealed class PayoutLine : ITenantOwned
{
    public Guid Id { get; set; }

    public int MunicipalityId { get; set; }

    public Guid RunId { get; set; }

    public Guid MerchantId { get; set; }

    public required string MerchantName { get; set; }

    public required string BankCode { get; set; }

    public required string BranchCode { get; set; }

    public int AccountType { get; set; }

    public required string AccountNumber { get; set; }

    public required string AccountHolderKana { get; set; }

    public long GrossYen { get; set; }

    public decimal FeePercent { get; set; }

    public long FeeYen { get; set; }

    public long NetYen { get; set; }

    internal static void Configure(EntityTypeBuilder<PayoutLine> entity)
    {
        entity.ToTable("payout_lines");
        entity.HasKey(l => l.Id);
        entity.HasIndex(l => new { l.MunicipalityId, l.RunId });
        entity.HasIndex(l => new { l.MunicipalityId, l.MerchantId });
        entity.Property(l => l.MerchantName).HasMaxLength(100);
        entity.Property(l => l.BankCode).HasMaxLength(4);
        entity.Property(l => l.BranchCode).HasMaxLength(3);
        entity.Property(l => l.AccountNumber).HasMaxLength(7);
        entity.Property(l => l.AccountHolderKana).HasMaxLength(30);
        entity.Property(l => l.FeePercent).HasPrecision(5, 2);
    }
}
