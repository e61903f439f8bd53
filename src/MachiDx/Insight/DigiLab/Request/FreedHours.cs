using MachiDx.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MachiDx.Insight.DigiLab.Request;

/// <summary>★ Where hours freed by a tool went: counter staffing, consultations, less overtime or something else.</summary>
public sealed class FreedHours : ITenantOwned
{
    public Guid Id { get; set; }

    public int MunicipalityId { get; set; }

    public Guid RequestId { get; set; }

    public FreedHoursUse Use { get; set; }

    public double Hours { get; set; }

    public string Note { get; set; } = "";

    internal static void Configure(EntityTypeBuilder<FreedHours> entity)
    {
        entity.ToTable("digilab_freed_hours");
        entity.HasKey(e => e.Id);
        entity.Property(e => e.Use).HasConversion<string>().HasMaxLength(20);
        entity.Property(e => e.Note).HasMaxLength(200);
    }
}
