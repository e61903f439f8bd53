using MachiDx.Platform.Demo;
using MachiDx.Procedures.Catalogue;
using MachiDx.Procedures.Forms;
using MachiDx.Procedures.Forms.Engine;

namespace MachiDx.Tests.Procedures;

/// <summary>
/// The catalogue may only claim "online with a MachiDX form" for procedures that have one, every form
/// belongs to such a procedure, and every form is internally sound (conditions, postal lookups, options).
/// </summary>
public sealed class CatalogueFormConsistencyTests
{
    private static readonly FormLibrary Forms = FormLibrary.Load();
    private static readonly NationalTemplate Template = NationalTemplate.Load();

    private static readonly string[] KnownPrefills =
        ["profile.fullName", "profile.fullNameKana", "profile.birthDate", "profile.postalCode", "profile.address", "profile.phone", "profile.email"];

    private static IEnumerable<TemplateProcedure> MachiDxOnline() =>
        Template.Procedures.Where(p => (p.Channels ?? []).Contains(Channel.Online, StringComparer.Ordinal) && p.OnlineVia == "machidx");

    [Fact]
    public void Every_procedure_that_claims_a_machidx_online_form_has_one()
    {
        var missing = MachiDxOnline().Where(p => Forms.Find(p.Code) is null).Select(p => $"{p.Code} ({p.Name})").ToList();
        Assert.True(missing.Count == 0, "Online via MachiDX but no form in Forms/Data: " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_form_belongs_to_a_procedure_offered_online_through_machidx()
    {
        var online = MachiDxOnline().Select(p => p.Code).ToHashSet(StringComparer.Ordinal);
        var orphans = Forms.Codes.Where(c => !online.Contains(c)).ToList();
        Assert.True(orphans.Count == 0, "Forms without a MachiDX-online procedure: " + string.Join(", ", orphans));
    }

    [Fact]
    public void Staff_of_the_owning_department_exist_for_every_form()
    {
        // The back-office inbox matches applications to staff by department name.
        var departments = DemoCities.Departments.Select(d => d.Name).ToHashSet(StringComparer.Ordinal);
        var unowned = MachiDxOnline().Where(p => !departments.Contains(p.Department)).Select(p => $"{p.Code} ({p.Department})").ToList();
        Assert.True(unowned.Count == 0, "No demo department for: " + string.Join(", ", unowned));
    }

    public static TheoryData<string> FormCodes() => [.. FormLibrary.Load().Codes.Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(FormCodes))]
    public void The_form_is_sound(string code)
    {
        var form = Forms.Find(code)!;
        Assert.False(string.IsNullOrWhiteSpace(form.Title));
        var topLevel = form.Fields.ToList();
        Assert.Equal(topLevel.Count, topLevel.Select(f => f.Name).Distinct(StringComparer.Ordinal).Count());
        for (var i = 0; i < topLevel.Count; i++)
        {
            var field = topLevel[i];
            if (field.VisibleWhen is { } when)
            {
                var source = topLevel.Take(i).SingleOrDefault(f => f.Name == when.Field);
                Assert.True(source is not null, $"{code}.{field.Name} depends on {when.Field}, which is not an earlier field");
                Assert.True(source.Options is null || when.In.All(v => source.Options.Any(o => o.Value == v) || v is "true" or "false"),
                    $"{code}.{field.Name} depends on a value {when.Field} cannot take");
            }

            if (field.AddressField is { } address)
            {
                Assert.Equal(FieldType.Postal, field.Type);
                Assert.Contains(topLevel, f => f.Name == address && f.Type == FieldType.Text);
            }
        }

        foreach (var field in form.AllFields())
        {
            Assert.False(string.IsNullOrWhiteSpace(field.Label), $"{code}.{field.Name} has no label");
            if (field.Type is FieldType.Select or FieldType.Radio)
            {
                Assert.True(field.Options is { Count: > 1 }, $"{code}.{field.Name} needs options");
            }

            if (field.Prefill is { } prefill)
            {
                Assert.Contains(prefill, KnownPrefills);
            }

            if (field.MinDate is not null || field.MaxDate is not null)
            {
                var today = new DateOnly(2026, 11, 26);
                Assert.True(FormEvaluator.ResolveDate(field.MinDate, today) is not { } lo || FormEvaluator.ResolveDate(field.MaxDate, today) is not { } hi || lo <= hi,
                    $"{code}.{field.Name} has an empty date range");
            }
        }

        if (form.Capacity is { } capacity)
        {
            Assert.All(capacity.KeyFields, k => Assert.Contains(topLevel, f => f.Name == k && f.Required));
            Assert.Contains(topLevel, f => f.Name == capacity.ErrorField);
        }
    }
}
