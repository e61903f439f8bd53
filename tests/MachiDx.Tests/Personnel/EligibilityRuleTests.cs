using MachiDx.Personnel.Engine.Eligibility;

namespace MachiDx.Tests.Personnel;

/// <summary>Year counting and eligibility at the edges: hire dates and birthdays on and around the reference date, 29 February.</summary>
public sealed class EligibilityRuleTests
{
    private static readonly DateOnly Reference = new(2026, 4, 1);

    private static EligibilityFacts Facts(string hired, string born = "1980-01-01", EmploymentType employment = EmploymentType.Regular, bool onLeave = false, double? score = 4.0) =>
        new(DateOnly.Parse(born, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(hired, System.Globalization.CultureInfo.InvariantCulture),
            employment, onLeave, score, score is null ? null : 2025);

    [Theory]
    [InlineData("2023-04-01", "2026-03-31", 3)]
    [InlineData("2023-04-01", "2026-04-01", 4)]
    [InlineData("2023-04-02", "2026-04-01", 3)]
    [InlineData("2026-04-01", "2026-04-01", 1)]
    [InlineData("2026-04-02", "2026-04-01", 0)]
    [InlineData("2020-02-29", "2023-02-28", 3)]
    [InlineData("2020-02-29", "2023-03-01", 4)]
    [InlineData("2020-02-29", "2024-02-29", 5)]
    public void Nth_year_since_hiring_counts_anniversaries_on_or_before_the_date(string hired, string asOf, int expected) =>
        Assert.Equal(expected, ServiceTime.YearOfService(DateOnly.Parse(hired, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("1996-04-01", 30, false)] // 30th birthday on the reference date: no longer under 30
    [InlineData("1996-04-02", 29, true)]  // turns 30 the day after
    [InlineData("1996-02-29", 30, false)]
    [InlineData("1997-02-28", 29, true)]
    public void Under_30_is_judged_on_the_reference_date(string born, int age, bool draft)
    {
        // Hired long ago, so only the age can make the person draft-eligible.
        var result = EligibilityEvaluator.Evaluate(EligibilityRules.Default, Facts("2010-04-01", born), Reference);
        Assert.Equal(age, result.Age);
        Assert.Equal(draft, result.Draft);
        Assert.Contains(result.DraftReasons, r => r.Contains($"{age}歳"));
    }

    [Theory]
    [InlineData("2024-04-02", false)] // 2nd year
    [InlineData("2024-04-01", true)]  // 3rd year starts on the anniversary
    [InlineData("2021-04-02", true)]  // 5th year
    [InlineData("2021-04-01", false)] // 6th year
    public void Draft_window_is_the_3rd_to_5th_year(string hired, bool expected) =>
        Assert.Equal(expected, EligibilityEvaluator.Evaluate(EligibilityRules.Default, Facts(hired), Reference).Draft);

    [Fact]
    public void Exclusions_apply_to_both_programmes_and_say_why()
    {
        foreach (var (facts, reason) in new[]
        {
            (Facts("2023-04-01", onLeave: true), "休職中"),
            (Facts("2023-04-01", employment: EmploymentType.FixedTerm), "任期付"),
            (Facts("2023-04-01", employment: EmploymentType.FiscalYearAppointee), "会計年度任用"),
        })
        {
            var result = EligibilityEvaluator.Evaluate(EligibilityRules.Default, facts, Reference);
            Assert.False(result.Draft);
            Assert.False(result.FreeAgent);
            Assert.Contains(result.DraftReasons, r => r.Contains(reason));
        }

        var relaxed = EligibilityRules.Default with { ExcludeFixedTerm = false };
        Assert.True(EligibilityEvaluator.Evaluate(relaxed, Facts("2023-04-01", employment: EmploymentType.FixedTerm), Reference).Draft);
    }

    [Theory]
    [InlineData("2024-04-01", 3.5, true)]
    [InlineData("2024-04-01", 3.4, false)]
    [InlineData("2024-04-02", 4.5, false)]
    [InlineData("2000-04-01", null, false)]
    public void Free_agency_needs_the_3rd_year_and_the_latest_score_at_the_threshold(string hired, double? score, bool expected)
    {
        var result = EligibilityEvaluator.Evaluate(EligibilityRules.Default, Facts(hired, score: score), Reference);
        Assert.Equal(expected, result.FreeAgent);
    }

    [Fact]
    public void A_withdrawal_bar_blocks_free_agency_until_its_date()
    {
        var facts = Facts("2015-04-01") with { FaBarredUntil = new DateOnly(2026, 4, 2) };
        Assert.False(EligibilityEvaluator.Evaluate(EligibilityRules.Default, facts, Reference).FreeAgent);
        Assert.True(EligibilityEvaluator.Evaluate(EligibilityRules.Default, facts, new DateOnly(2026, 4, 2)).FreeAgent);
    }
}
