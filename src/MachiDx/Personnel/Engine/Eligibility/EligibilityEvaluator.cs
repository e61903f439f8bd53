using System.Globalization;

namespace MachiDx.Personnel.Engine.Eligibility;

/// <summary>Applies a rule set to one person as of a reference date and explains the result.</summary>
public static class EligibilityEvaluator
{
    public static EligibilityResult Evaluate(EligibilityRules rules, EligibilityFacts facts, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(facts);
        var year = ServiceTime.YearOfService(facts.HireDate, asOf);
        var age = ServiceTime.Age(facts.BirthDate, asOf);
        var exclusions = Exclusions(rules, facts);

        var draftReasons = new List<string>(exclusions);
        var inWindow = year >= rules.DraftFromYear && year <= rules.DraftToYear;
        var young = age >= 0 && age < rules.DraftUnderAge;
        draftReasons.Add(inWindow
            ? F($"採用{year}年目です（{rules.DraftFromYear}〜{rules.DraftToYear}年目の範囲内）。")
            : F($"採用{year}年目です（{rules.DraftFromYear}〜{rules.DraftToYear}年目の範囲外）。"));
        draftReasons.Add(young
            ? F($"基準日時点で{age}歳です（{rules.DraftUnderAge}歳未満）。")
            : F($"基準日時点で{age}歳です（{rules.DraftUnderAge}歳未満ではありません）。"));
        var draft = exclusions.Count == 0 && year >= 1 && (inWindow || young);

        var faReasons = new List<string>(exclusions);
        var longEnough = year >= rules.FaFromYear;
        faReasons.Add(longEnough
            ? F($"採用{year}年目です（{rules.FaFromYear}年目以上）。")
            : F($"採用{year}年目です（{rules.FaFromYear}年目以上が必要）。"));
        var goodEnough = facts.LatestEvaluationScore is { } score && score >= rules.FaMinScore;
        faReasons.Add(facts.LatestEvaluationScore is { } s
            ? F($"直近（{facts.LatestEvaluationYear}年度）の評価は{s:0.0}です（基準{rules.FaMinScore:0.0}{(goodEnough ? "以上" : "未満")}）。")
            : "人事評価の記録がありません。");
        var barred = facts.FaBarredUntil is { } until && asOf < until;
        if (barred)
        {
            faReasons.Add(F($"前回のFA宣言を受入れ後に取り下げたため、{facts.FaBarredUntil:yyyy年M月d日}まで宣言できません。"));
        }

        var fa = exclusions.Count == 0 && longEnough && goodEnough && !barred;
        return new EligibilityResult(year, age, draft, draftReasons, fa, faReasons);
    }

    private static List<string> Exclusions(EligibilityRules rules, EligibilityFacts facts)
    {
        var reasons = new List<string>();
        if (rules.ExcludeOnLeave && facts.OnLeave)
        {
            reasons.Add("休職中のため対象外です。");
        }

        if (rules.ExcludeFixedTerm && facts.Employment == EmploymentType.FixedTerm)
        {
            reasons.Add("任期付職員は対象外です。");
        }

        if (rules.ExcludeFiscalYearAppointee && facts.Employment == EmploymentType.FiscalYearAppointee)
        {
            reasons.Add("会計年度任用職員は対象外です。");
        }

        return reasons;
    }

    // Numbers and dates in these reasons read the same in every culture; the invariant one is the cheapest.
    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
