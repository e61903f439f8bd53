using System.Text.Json;
using System.Text.Json.Serialization;

namespace MachiDx.Procedures.Catalogue;

/// <summary>
/// The national template of standard procedures (Catalogue/Data/national-procedures.json, embedded),
/// which each municipality adopts and then overrides. Loaded once.
/// </summary>
public sealed class NationalTemplate
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private NationalTemplate(string version, IReadOnlyList<TemplateProcedure> procedures)
    {
        Version = version;
        Procedures = procedures;
    }

    public string Version { get; }

    public IReadOnlyList<TemplateProcedure> Procedures { get; }

    public static NationalTemplate Load()
    {
        using var stream = typeof(NationalTemplate).Assembly.GetManifestResourceStream("MachiDx.Procedures.national-procedures.json")
            ?? throw new InvalidOperationException("The national procedure template is not embedded.");
        var file = JsonSerializer.Deserialize<TemplateFile>(stream, Json) ?? throw new InvalidOperationException("Empty template.");
        return new NationalTemplate(file.Version, file.Procedures);
    }

    public CityProcedure ToCityProcedure(TemplateProcedure t, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(t);
        return new CityProcedure
        {
            Id = Guid.CreateVersion7(),
            Code = t.Code,
            Name = t.Name,
            Kana = t.Kana,
            Summary = t.Summary,
            Who = t.Who ?? "",
            Category = t.Category,
            Department = t.Department,
            LifeEvents = [.. t.LifeEvents ?? []],
            DeadlineKind = t.Deadline?.Kind ?? DeadlineKind.None,
            DeadlineDays = t.Deadline?.Days,
            DeadlineDaysBefore = t.Deadline?.DaysBefore,
            DeadlineText = t.Deadline?.Text ?? "",
            Bring = [.. t.Bring ?? []],
            FeeYen = t.Fee?.Yen,
            FeeUnit = t.Fee?.Unit,
            FeeText = t.Fee?.Text ?? "",
            LegalBasis = t.LegalBasis,
            Verified = t.Verified,
            Channels = [.. t.Channels ?? []],
            OnlineVia = t.OnlineVia,
            OnlineNote = t.OnlineNote,
            StandardProcessingDays = t.StandardProcessingDays,
            KpiGroup = t.KpiGroup,
            PriorityLists = [.. t.PriorityList ?? []],
            Keywords = [.. t.Keywords ?? []],
            Notes = t.Notes,
            LastVerified = t.LastVerified,
            Sources = [.. t.Sources ?? []],
            TemplateVersion = Version,
            UpdatedAtUtc = nowUtc,
        };
    }

    private sealed record TemplateFile(string Version, List<TemplateProcedure> Procedures);
}

public sealed record TemplateProcedure(
    string Code, string Name, string Kana, string Summary, string? Who, string Category, string Department,
    List<string>? LifeEvents, TemplateDeadline? Deadline, List<string>? Bring, TemplateFee? Fee, string? LegalBasis,
    bool Verified, List<string>? Channels, string? OnlineVia, string? OnlineNote, int? StandardProcessingDays,
    string? KpiGroup, List<string>? PriorityList, List<string>? Keywords, string? Notes, DateOnly LastVerified,
    List<string>? Sources);

public sealed record TemplateDeadline(string Kind, int? Days, int? DaysBefore, string? Text);

public sealed record TemplateFee(int? Yen, string? Unit, string? Text);
