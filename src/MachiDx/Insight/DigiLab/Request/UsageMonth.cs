using MachiDx.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MachiDx.Insight.DigiLab.Request;

/// <summary>Cases handled with a live tool in one month (entered by DX推進 or imported from the tool's log).</summary>
public sealed class UsageMonth : ITenantOwned
{
    public Guid Id { get; set; }

    public int MunicipalityId { get; set; }

    public Guid RequestId { get; set; }

    public DateOnly Month { get; set; }

    public int Cases { get; set; }

    internal static void Configure(EntityTypeBuilder<UsageMonth> entity)
    {
        entity.ToTable("digilab_usage");
        entity.HasKey(e => e.Id);
        entity.HasIndex(e => new { e.RequestId, e.Month }).IsUnique();
    }
}
