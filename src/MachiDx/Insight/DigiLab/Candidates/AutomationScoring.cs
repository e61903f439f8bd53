using MachiDx.Insight.Inventory;

namespace MachiDx.Insight.DigiLab.Candidates;

/// <summary>
/// Scores inventory tasks as automation candidates (docs/adr/0012, after reference §4.4):
/// net hours = yearly hours × automatable share × feasibility − (build + first-year maintenance hours).
/// The route comes from the task's attributes by the first matching rule:
/// 1. the name mentions 議事録 or 会議録 → AI議事録;
/// 2. ノンコア and 非定型 → やめる・見直し (work that is neither core nor rule-based is first questioned, not automated);
/// 3. 定型 with paper (or mixed) input → AI-OCR + RPA;
/// 4. 定型, digital, 1,000 cases a year or more → RPA;
/// 5. 定型, digital, fewer cases → Excel マクロ (京都府: Excel → macro → RPA only when needed);
/// 6. otherwise (非定型 core work) → ノーコードアプリ (structure the judgement work in a form and database).
/// Automatable share: AI議事録 0.5 (minutes in half, 弘前市・南房総市); やめる 1.0; otherwise 定型 0.8 / 非定型 0.3, times
/// the medium (電子 1.0, 混在 0.85, 紙 0.7: OCR output still needs checking).
/// Feasibility from the difficulty grade (低 1.0 / 中 0.6 / 高 0.3), times 0.8 for 要配慮・マイナンバー data (tools must run in LGWAN).
/// </summary>
public static class AutomationScoring
{
    public const int RpaYearlyCases = 1_000;

    public static AutomationRoute Route(WorkTask task)
    {
        ArgumentNullException.ThrowIfNull(task);
        if (task.Name.Contains("議事録", StringComparison.Ordinal) || task.Name.Contains("会議録", StringComparison.Ordinal))
        {
            return AutomationRoute.AiMinutes;
        }

        if (!task.Core && !task.RuleBased)
        {
            return AutomationRoute.StopDoing;
        }

        if (task.RuleBased && task.Medium != InputMedium.Digital)
        {
            return AutomationRoute.AiOcrRpa;
        }

        if (task.RuleBased)
        {
            return task.YearlyCases >= RpaYearlyCases ? AutomationRoute.Rpa : AutomationRoute.ExcelMacro;
        }

        return AutomationRoute.NoCodeApp;
    }

    public static double AutomatableShare(WorkTask task, AutomationRoute route)
    {
        ArgumentNullException.ThrowIfNull(task);
        return route switch
        {
            AutomationRoute.AiMinutes => 0.5,
            AutomationRoute.StopDoing => 1.0,
            _ => (task.RuleBased ? 0.8 : 0.3) * task.Medium switch { InputMedium.Digital => 1.0, InputMedium.Mixed => 0.85, _ => 0.7 },
        };
    }

    public static double Feasibility(WorkTask task)
    {
        ArgumentNullException.ThrowIfNull(task);
        var grade = task.Difficulty switch { Difficulty.Low => 1.0, Difficulty.Medium => 0.6, _ => 0.3 };
        return task.PersonalInfo == PersonalInfoLevel.Sensitive ? grade * 0.8 : grade;
    }

    /// <summary>Build and first-year maintenance hours assumed per route (our estimates, to be replaced by the desk's own records).</summary>
    public static (double Build, double Maintenance) Cost(AutomationRoute route) => route switch
    {
        AutomationRoute.ExcelMacro => (16, 4),
        AutomationRoute.Rpa => (60, 24),
        AutomationRoute.AiOcrRpa => (100, 40),
        AutomationRoute.AiMinutes => (8, 4),
        AutomationRoute.NoCodeApp => (60, 20),
        _ => (8, 0),
    };

    public static Candidate Score(WorkTask task)
    {
        var route = Route(task);
        var share = AutomatableShare(task, route);
        var feasibility = Feasibility(task);
        var (build, maintenance) = Cost(route);
        var expected = task.YearlyHours * share * feasibility;
        return new Candidate(task, route, share, feasibility, expected, build, maintenance, expected - (build + maintenance));
    }

    /// <summary>The backlog: every task scored, best net hours first.</summary>
    public static IReadOnlyList<Candidate> Rank(IEnumerable<WorkTask> tasks) =>
        [.. tasks.Select(Score).OrderByDescending(c => c.NetHours).ThenBy(c => c.Task.Name, StringComparer.Ordinal)];

    public static string Label(AutomationRoute route) => route switch
    {
        AutomationRoute.ExcelMacro => "Excelマクロ",
        AutomationRoute.Rpa => "RPA",
        AutomationRoute.AiOcrRpa => "AI-OCR＋RPA",
        AutomationRoute.AiMinutes => "AI議事録",
        AutomationRoute.NoCodeApp => "ノーコードアプリ",
        _ => "やめる・見直し",
    };
}
