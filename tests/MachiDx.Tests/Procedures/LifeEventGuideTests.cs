using MachiDx.Procedures.Catalogue;
using MachiDx.Procedures.LifeEvents;

namespace MachiDx.Tests.Procedures;

/// <summary>Every path through every life-event graph, checked against the national catalogue (no database needed).</summary>
public sealed class LifeEventGuideTests
{
    private static readonly NationalTemplate Template = NationalTemplate.Load();
    private static readonly GuideLibrary Library = GuideLibrary.Load();
    private static readonly Dictionary<string, CityProcedure> Procedures =
        Template.Procedures.ToDictionary(t => t.Code, t => Template.ToCityProcedure(t, DateTime.UtcNow), StringComparer.Ordinal);

    public static TheoryData<string> Graphs => [.. GuideLibrary.Codes];

    [Theory]
    [MemberData(nameof(Graphs))]
    public void Every_graph_is_valid_against_the_catalogue(string code)
    {
        var graph = Library.Find(code)!;
        Assert.Empty(GuideValidator.Problems(graph, Procedures.Keys.ToHashSet(StringComparer.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(Graphs))]
    public void Every_path_finishes_with_a_checklist_of_known_procedures_and_computable_deadlines(string code)
    {
        var graph = Library.Find(code)!;
        var eventDate = new DateOnly(2026, 4, 1);
        var paths = GuideWalk.AllPaths(graph).ToList();
        Assert.NotEmpty(paths);
        foreach (var path in paths)
        {
            var state = GuideWalk.Follow(graph, path);
            var where = $"{code}: {string.Join(" > ", path)}";
            Assert.True(state.Finished, where);
            Assert.Equal(state.ProcedureCodes.Count, state.ProcedureCodes.Distinct(StringComparer.Ordinal).Count());
            foreach (var procedureCode in state.ProcedureCodes)
            {
                Assert.True(Procedures.TryGetValue(procedureCode, out var procedure), $"{where}: unknown procedure {procedureCode}");
                var deadline = DeadlineCalculator.Compute(procedure!, eventDate);
                if (procedure!.DeadlineKind == DeadlineKind.AfterEvent && procedure.DeadlineDays is not null)
                {
                    Assert.True(deadline > eventDate, $"{where}: {procedureCode} deadline {deadline}");
                }
            }
        }
    }

    [Fact]
    public void Moving_into_the_city_always_lists_the_moving_in_notice_and_never_the_moving_out_one()
    {
        var graph = Library.Find("moving")!;
        var into = GuideWalk.AllPaths(graph).Where(p => p[0] == "into").ToList();
        Assert.NotEmpty(into);
        Assert.All(into, path =>
        {
            var codes = GuideWalk.Follow(graph, path).ProcedureCodes;
            Assert.Contains("tennyu", codes);
            Assert.DoesNotContain("tenshutsu", codes);
        });
        Assert.All(GuideWalk.AllPaths(graph).Where(p => p[0] == "out"), path =>
            Assert.Contains("tenshutsu", GuideWalk.Follow(graph, path).ProcedureCodes));
    }

    [Fact]
    public void A_death_not_yet_registered_lists_the_death_notice_and_cremation_permit()
    {
        var graph = Library.Find("death")!;
        Assert.All(GuideWalk.AllPaths(graph).Where(p => p[0] == "notyet"), path =>
        {
            var codes = GuideWalk.Follow(graph, path).ProcedureCodes;
            Assert.Contains("shibo", codes);
            Assert.Contains("kaso-kyoka", codes);
        });
    }

    [Fact]
    public void Answers_that_do_not_belong_to_the_question_are_rejected()
    {
        var graph = Library.Find("moving")!;
        Assert.False(GuideWalk.Follow(graph, ["no-such-answer"]).Valid);
        var complete = GuideWalk.AllPaths(graph).First();
        Assert.False(GuideWalk.Follow(graph, [.. complete, "extra"]).Valid);
    }

    [Fact]
    public void A_family_register_deadline_counts_the_event_day_and_a_residents_register_one_does_not()
    {
        var birth = Procedures["shussei"];
        var moveIn = Procedures["tennyu"];
        Assert.Contains("戸籍法", birth.LegalBasis);
        Assert.Equal(new DateOnly(2026, 4, 14), DeadlineCalculator.Compute(birth, new DateOnly(2026, 4, 1)));
        Assert.Equal(new DateOnly(2026, 4, 15), DeadlineCalculator.Compute(moveIn, new DateOnly(2026, 4, 1)));
    }

    [Fact]
    public void A_cyclic_or_dangling_graph_is_reported()
    {
        var cyclic = new GuideGraph("x", "x", null, "日", "q1",
        [
            new GuideQuestion("q1", "?", null, [new GuideAnswer("a", "a", [], "q2")]),
            new GuideQuestion("q2", "?", null, [new GuideAnswer("b", "b", ["unknown-code"], "q1"), new GuideAnswer("c", "c", [], "q9")]),
        ]);
        var problems = GuideValidator.Problems(cyclic, Procedures.Keys.ToHashSet(StringComparer.Ordinal));
        Assert.Contains(problems, p => p.Contains("unknown-code", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("q9", StringComparison.Ordinal));
    }
}
