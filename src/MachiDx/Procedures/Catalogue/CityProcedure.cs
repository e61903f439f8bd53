using MachiDx.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MachiDx.Procedures.Catalogue;

/// <summary>
/// A procedure as one municipality runs it: adopted from the national template and then overridden
/// by the city (department, fee, channels, notes …). Every edit is audited.
/// </summary>
public sealed class CityProcedure : ITenantOwned
{
    public Guid Id { get; set; }

    public int MunicipalityId { get; set; }

    /// <summary>The national template code, e.g. "sodai-gomi". Unique per municipality.</summary>
    public required string Code { get; set; }

    public required string Name { get; set; }

    /// <summary>Reading in hiragana, for search and sorting.</summary>
    public required string Kana { get; set; }

    public required string Summary { get; set; }

    public string Who { get; set; } = "";

    public required string Category { get; set; }

    public required string Department { get; set; }

    public List<string> LifeEvents { get; set; } = [];

    public string DeadlineKind { get; set; } = Catalogue.DeadlineKind.None;

    public int? DeadlineDays { get; set; }

    public int? DeadlineDaysBefore { get; set; }

    public string DeadlineText { get; set; } = "";

    public List<string> Bring { get; set; } = [];

    /// <summary>Fee in yen; null means "see <see cref="FeeText"/>" (free, or varying), never "free" by itself.</summary>
    public int? FeeYen { get; set; }

    public string? FeeUnit { get; set; }

    public string FeeText { get; set; } = "";

    public string? LegalBasis { get; set; }

    /// <summary>False when any fact comes from an unverified source; the page says so.</summary>
    public bool Verified { get; set; }

    public List<string> Channels { get; set; } = [];

    /// <summary>"machidx" (our own form), "mynaportal", or null.</summary>
    public string? OnlineVia { get; set; }

    public string? OnlineNote { get; set; }

    /// <summary>標準処理期間 in days.</summary>
    public int? StandardProcessingDays { get; set; }

    /// <summary>Links to a national online-usage figure: library, facility, water, bulky-waste.</summary>
    public string? KpiGroup { get; set; }

    public List<string> PriorityLists { get; set; } = [];

    public List<string> Keywords { get; set; } = [];

    public string? Notes { get; set; }

    public DateOnly LastVerified { get; set; }

    public List<string> Sources { get; set; } = [];

    /// <summary>Template version this row was adopted from.</summary>
    public string TemplateVersion { get; set; } = "";

    public DateTime UpdatedAtUtc { get; set; }

    public bool IsOnline => Channels.Contains(Channel.Online);

    internal static void Configure(EntityTypeBuilder<CityProcedure> entity)
    {
        entity.ToTable("city_procedures");
        entity.HasKey(p => p.Id);
        entity.HasIndex(p => new { p.MunicipalityId, p.Code }).IsUnique();
        entity.Ignore(p => p.IsOnline);
        entity.Property(p => p.Code).HasMaxLength(80);
        entity.Property(p => p.Name).HasMaxLength(120);
        entity.Property(p => p.Kana).HasMaxLength(200);
        entity.Property(p => p.Summary).HasMaxLength(1000);
        entity.Property(p => p.Who).HasMaxLength(400);
        entity.Property(p => p.Category).HasMaxLength(40);
        entity.Property(p => p.Department).HasMaxLength(60);
        entity.Property(p => p.DeadlineKind).HasMaxLength(20);
        entity.Property(p => p.DeadlineText).HasMaxLength(400);
        entity.Property(p => p.FeeUnit).HasMaxLength(40);
        entity.Property(p => p.FeeText).HasMaxLength(400);
        entity.Property(p => p.LegalBasis).HasMaxLength(400);
        entity.Property(p => p.OnlineVia).HasMaxLength(20);
        entity.Property(p => p.OnlineNote).HasMaxLength(2000);
        entity.Property(p => p.KpiGroup).HasMaxLength(40);
        entity.Property(p => p.Notes).HasMaxLength(2000);
        entity.Property(p => p.TemplateVersion).HasMaxLength(20);
    }
}
