using System.Diagnostics;
using System.Globalization;
using System.Text;
using MachiDx.Personnel.Engine.Draft;
using MachiDx.Personnel.Engine.Eligibility;
using MachiDx.Personnel.Engine.Simulation;

// 10,000 staff in 300 departments: eligibility for everyone, overtime order, nominations (1–3 per
// department), department wish lists over all candidates, the full proposal draft, then every simulator
// mechanism with its metrics. Deterministic (seed 20260401). Writes RESULTS.md next to the project.
const int Staff = 10_000, Departments = 300, Seed = 20260401;
var cold = Run();
var (rows, reports, candidateCount, moves, cpuRows) = Run();
var cpuMs = cpuRows.ToDictionary(r => r.Step, r => r.Ms);
var coldMs = cold.Rows.ToDictionary(r => r.Step, r => r.Ms);

var table = new StringBuilder();
table.AppendLine(CultureInfo.InvariantCulture, $"Staff {Staff:N0}, departments {Departments}, candidates {candidateCount}, draft moves {moves}, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
table.AppendLine();
table.AppendLine("| step | first run (cold, incl. JIT) wall ms | second run (warm) wall ms | second run CPU ms |");
table.AppendLine("|---|---:|---:|---:|");
foreach (var (step, ms) in rows)
{
    table.AppendLine(CultureInfo.InvariantCulture, $"| {step} | {coldMs[step]:0.0} | {ms:0.0} | {cpuMs[step]:0.0} |");
}

var engineMs = rows.Where(r => !r.Step.StartsWith("baseline", StringComparison.Ordinal)).Sum(r => r.Ms);
var coldEngineMs = cold.Rows.Where(r => !r.Step.StartsWith("baseline", StringComparison.Ordinal)).Sum(r => r.Ms);
var cpuEngineMs = cpuRows.Where(r => !r.Step.StartsWith("baseline", StringComparison.Ordinal)).Sum(r => r.Ms);
table.AppendLine(CultureInfo.InvariantCulture, $"| **total (excluding baselines)** | **{coldEngineMs:0.0}** | **{engineMs:0.0}** | **{cpuEngineMs:0.0}** |");
table.AppendLine();
table.AppendLine("| mechanism | moves | avg rank | worst dept avg rank | depts without pick | EF1 violations | blocking pairs | help (h) |");
table.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|");
foreach (var r in reports)
{
    table.AppendLine(CultureInfo.InvariantCulture, $"| {r.Mechanism} | {r.Moves} | {r.AverageRank:0.00} | {r.WorstDepartmentAverageRank:0.00} | {r.DepartmentsWithoutPick} | {r.Ef1Violations} | {r.BlockingPairs} | {r.HelpDelivered:0} |");
}

table.AppendLine();
table.AppendLine(CultureInfo.InvariantCulture, $"Goal: < 1,000 ms in total. Warm wall time {engineMs:0} ms ({(engineMs < 1000 ? "met" : "NOT met")}), cold {coldEngineMs:0} ms, warm CPU {cpuEngineMs:0} ms; 1-minute load average when run: {LoadAverage()} on {Environment.ProcessorCount} cores. The baselines are simpler algorithms without validation or event records; they are there to show the engine is not asymptotically worse, not that it is faster.");
Console.WriteLine(table);
var path = Path.Combine(AppContext.BaseDirectory, "../../../RESULTS.md");
File.WriteAllText(path, "# Personnel engine benchmark\n\n`dotnet run -c Release --project bench/MachiDx.Personnel.Bench`\n\n" + table);


(List<(string Step, double Ms)> Rows, List<MechanismReport> Reports, int Candidates, int Moves, List<(string Step, double Ms)> Cpu) Run()
{
var rows = new List<(string Step, double Ms)>();
var cpuRows = new List<(string Step, double Ms)>();
var random = new Random(Seed);
var reference = new DateOnly(2026, 4, 1);

double Time(string step, Action action)
{
    // Wall time, plus this process's CPU time: on a shared, overloaded machine the CPU time shows the
    // work itself while the wall time also counts waiting for a core.
    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
    var watch = Stopwatch.StartNew();
    action();
    watch.Stop();
    rows.Add((step, watch.Elapsed.TotalMilliseconds));
    cpuRows.Add((step, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds));
    return watch.Elapsed.TotalMilliseconds;
}

var home = new int[Staff];
var facts = new EligibilityFacts[Staff];
var overtime = new double[Staff, 12];
for (var i = 0; i < Staff; i++)
{
    home[i] = random.Next(Departments);
    var hire = new DateOnly(1990 + random.Next(36), 4, 1);
    facts[i] = new EligibilityFacts(hire.AddYears(-22 - random.Next(8)), hire, (EmploymentType)(random.Next(20) == 0 ? 2 : 0), random.Next(50) == 0, 2 + (random.Next(7) * 0.5), 2025);
    for (var m = 0; m < 12; m++)
    {
        overtime[i, m] = random.NextDouble() * 30;
    }
}

var eligible = new bool[Staff];
Time("eligibility (10,000 people)", () =>
{
    for (var i = 0; i < Staff; i++)
    {
        eligible[i] = EligibilityEvaluator.Evaluate(EligibilityRules.Default, facts[i], reference).Draft;
    }
});

IReadOnlyList<OrderInput> order = [];
Time("per-capita overtime + frozen order", () =>
{
    var hours = new double[Departments];
    var heads = new int[Departments];
    for (var i = 0; i < Staff; i++)
    {
        heads[home[i]]++;
        for (var m = 0; m < 12; m++)
        {
            hours[home[i]] += overtime[i, m];
        }
    }

    order = PickOrder.Compute(Enumerable.Range(0, Departments).Select(d => new OrderInput(d, $"d{d:000}", hours[d], heads[d])), [TieBreak.MoreTotalHours, TieBreak.FewerStaff], "commitment");
});

Time("baseline: naive per-department overtime scan O(D·N)", () =>
{
    var hours = new double[Departments];
    for (var d = 0; d < Departments; d++)
    {
        for (var i = 0; i < Staff; i++)
        {
            if (home[i] == d)
            {
                for (var m = 0; m < 12; m++)
                {
                    hours[d] += overtime[i, m];
                }
            }
        }
    }
});

var candidates = new List<DraftCandidate>();
var quota = new int[Departments];
for (var i = 0; i < Staff; i++)
{
    var d = home[i];
    if (eligible[i] && quota[d] < 1 + (d % 3))
    {
        quota[d]++;
        candidates.Add(new DraftCandidate(candidates.Count, i.ToString(CultureInfo.InvariantCulture), d));
    }
}

var perCapita = order.ToDictionary(o => o.Department, o => o.PerCapita);
var setup = new DraftSetup(
    [.. Enumerable.Range(0, Departments).Select(d => new DraftDepartment(d, $"d{d:000}", quota[d], perCapita[d]))],
    candidates,
    [.. order.Select(o => o.Department)]);
var popularity = candidates.Select(_ => random.NextDouble()).ToArray();
IReadOnlyList<IReadOnlyList<int>> wishes = [.. Enumerable.Range(0, Departments).Select(d => (IReadOnlyList<int>)[.. candidates
    .Where(c => c.HomeDepartment != d).OrderByDescending(c => popularity[c.Index] + (random.NextDouble() * 0.5)).Select(c => c.Index)])];
IReadOnlyList<IReadOnlyList<int>> candidatePrefs = [.. candidates.Select(_ => (IReadOnlyList<int>)[.. Enumerable.Range(0, Departments).OrderBy(_ => random.Next())])];

DraftState? draft = null;
Time($"full proposal draft ({candidates.Count} candidates, live state machine)", () => draft = ProxyDraft.Run(setup, wishes, "bench-seed"));

Time("baseline: naive round-robin, rescans each list from the top O(picks·L)", () =>
{
    var taken = new bool[candidates.Count];
    var picks = new int[Departments];
    for (var moved = true; moved;)
    {
        moved = false;
        foreach (var d in setup.FrozenOrder)
        {
            if (picks[d] >= quota[d])
            {
                continue;
            }

            foreach (var c in wishes[d])
            {
                if (!taken[c])
                {
                    taken[c] = true;
                    picks[d]++;
                    moved = true;
                    break;
                }
            }
        }
    }
});

MatchingMarket? market = null;
Time("simulator market (rank matrices)", () => market = new MatchingMarket(setup, wishes, candidatePrefs));
var reports = new List<MechanismReport>();
foreach (var mechanism in Enum.GetValues<Mechanism>())
{
    Time($"{mechanism} + metrics", () => reports.Add(MechanismMetrics.RunAndMeasure(mechanism, market!, "bench-seed")));
}

return (rows, reports, candidates.Count, draft!.Events.Count, cpuRows);
}

static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";
