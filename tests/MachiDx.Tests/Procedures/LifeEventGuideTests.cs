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

    [Theory]
    [MemberData(nameof(Graphs))]
    public void Every_graph_as_staff_edit_it_passes_the_save_check_with_the_same_paths(string code)
    {
        var graph = Library.Find(code)!;
        var result = GuideCheck.Check(GuideCheck.ToJson(graph), code, Procedures.Keys.ToHashSet(StringComparer.Ordinal));
        Assert.True(result.Ok, string.Join("\n", result.Problems));
        var paths = GuideWalk.AllPaths(graph).ToList();
        Assert.Equal(paths.Count, result.PathCount);
        Assert.Equal(
            paths.SelectMany(p => GuideWalk.Follow(graph, p).ProcedureCodes).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal),
            result.ProcedureCodes.Order(StringComparer.Ordinal));
        Assert.Equal(GuideCheck.ToJson(graph), GuideCheck.ToJson(result.Graph!));
    }

    [Fact]
    public void A_customised_graph_is_checked_and_every_one_of_its_paths_enumerated()
    {
        var national = Library.Find("moving")!;
        var customised = national with
        {
            Start = "q-city",
            Questions =
            [
                new GuideQuestion("q-city", "犬を飼っていますか？", null,
                [
                    new GuideAnswer("dog", "はい", ["inu-toroku"], national.Start),
                    new GuideAnswer("no-dog", "いいえ", null, national.Start),
                ]),
                .. national.Questions,
            ],
        };
        var result = GuideCheck.Check(GuideCheck.ToJson(customised), "moving", Procedures.Keys.ToHashSet(StringComparer.Ordinal));
        Assert.True(result.Ok, string.Join("\n", result.Problems));
        Assert.Equal(2 * GuideWalk.AllPaths(national).Count(), result.PathCount);
        Assert.Contains("inu-toroku", result.ProcedureCodes);
        Assert.All(GuideWalk.AllPaths(result.Graph!), path =>
        {
            var state = GuideWalk.Follow(result.Graph!, path);
            Assert.True(state.Finished);
            Assert.All(state.ProcedureCodes, c => Assert.Contains(c, Procedures.Keys));
            Assert.Equal(path[0] == "dog", state.ProcedureCodes.Contains("inu-toroku"));
        });
    }

    [Fact]
    public void The_save_check_refuses_broken_json_a_foreign_code_missing_fields_and_too_many_paths()
    {
        var codes = Procedures.Keys.ToHashSet(StringComparer.Ordinal);
        Assert.Contains("2行目", Assert.Single(GuideCheck.Check("{\n  \"code\": ,\n}", "moving", codes).Problems));
        Assert.Contains("「code」は「birth」", GuideCheck.Check(GuideCheck.ToJson(Library.Find("moving")!), "birth", codes).Problems[0]);
        Assert.Contains("questions", GuideCheck.Check("{\"code\":\"moving\",\"title\":\"t\",\"eventDateLabel\":\"日\",\"start\":\"q\"}", "moving", codes).Problems[0]);
        Assert.Contains("id", GuideCheck.Check("{\"code\":\"moving\",\"title\":\"t\",\"eventDateLabel\":\"日\",\"start\":\"q\",\"questions\":[{\"text\":\"?\"}]}", "moving", codes).Problems[0]);

        // 14 yes/no questions in a row: 16,384 ways to answer, too many to review.
        var questions = Enumerable.Range(0, 14).Select(i => new GuideQuestion($"q{i}", "?", null,
            [new GuideAnswer("yes", "はい", null, i < 13 ? $"q{i + 1}" : null), new GuideAnswer("no", "いいえ", null, i < 13 ? $"q{i + 1}" : null)])).ToList();
        var wide = new GuideGraph("moving", "引っ越し", null, "日", "q0", questions);
        Assert.Contains("多すぎます", Assert.Single(GuideCheck.Check(GuideCheck.ToJson(wide), "moving", codes).Problems));
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
