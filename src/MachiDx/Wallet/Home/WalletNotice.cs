using MachiDx.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MachiDx.Wallet.Home;

/// <summary>An in-app notice to a resident (e.g. value that expires in 30 or 7 days).</summary>
public sealed class WalletNotice : ITenantOwned
{
    public Guid Id { get; set; }

    public int MunicipalityId { get; set; }

    public Guid ResidentId { get; set; }

    public required string Message { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime? ReadAtUtc { get; set; }

    internal static void Configure(EntityTypeBuilder<WalletNotice> entity)
    {
        entity.ToTable("notices");
        entity.HasKey(n => n.Id);
        entity.HasIndex(n => new { n.MunicipalityId, n.ResidentId, n.CreatedAtUtc });
        entity.Property(n => n.Message).HasMaxLength(300);
    }
}
