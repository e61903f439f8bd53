using MachiDx.Platform;
using MachiDx.Procedures.Contracts;
using MachiDx.Procedures.Data;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Procedures.Kpi;

/// <summary>
/// Counts cases per procedure per month. Online = every application submitted through MachiDX in that month,
/// whatever became of it (withdrawn and rejected ones too: the national オンライン申請率 counts 申請件数, not
/// completions), plus online cases other systems received; offline = the counter, mail and phone cases staff recorded.
/// </summary>
internal sealed class ProcedureUsage(ProceduresDbContext db) : IProcedureUsage
{
    public async Task<IReadOnlyList<ProcedureUsageRow>> MonthlyUsageAsync(DateOnly fromMonth, DateOnly toMonth, CancellationToken ct)
    {
        var from = new DateOnly(fromMonth.Year, fromMonth.Month, 1);
        var until = new DateOnly(toMonth.Year, toMonth.Month, 1).AddMonths(1);
        if (until <= from)
        {
            return [];
        }

        var procedures = await db.CityProcedures.AsNoTracking()
            .Select(p => new { p.Code, p.Name, p.Kana, p.KpiGroup }).ToListAsync(ct);
        var fromUtc = JapanTime.StartOfDayUtc(from);
        var untilUtc = JapanTime.StartOfDayUtc(until);
        var online = await db.Applications.AsNoTracking()
            .Where(a => a.SubmittedAtUtc >= fromUtc && a.SubmittedAtUtc < untilUtc)
            .Select(a => new { a.ProcedureCode, a.ProcedureName, a.SubmittedAtUtc }).ToListAsync(ct);
        var cases = await db.CaseCounts.AsNoTracking()
            .Where(c => c.Date >= from && c.Date < until)
            .Select(c => new { c.ProcedureCode, c.Channel, c.Date, c.Count }).ToListAsync(ct);

        // Per procedure and month: MachiDX applications, other online, counter, mail, phone.
        var cells = new Dictionary<(string Code, DateOnly Month), int[]>();
        int[] Cell(string code, DateOnly date)
        {
            var key = (code, new DateOnly(date.Year, date.Month, 1));
            if (!cells.TryGetValue(key, out var cell))
            {
                cells[key] = cell = new int[5];
            }

            return cell;
        }

        foreach (var a in online)
        {
            Cell(a.ProcedureCode, DateOnly.FromDateTime(JapanTime.ToJst(a.SubmittedAtUtc)))[0]++;
        }

        foreach (var c in cases)
        {
            var slot = c.Channel switch
            {
                CaseChannel.OnlineOther => 1,
                CaseChannel.Counter => 2,
                CaseChannel.Mail => 3,
                CaseChannel.Phone => 4,
                _ => -1,
            };
            if (slot < 0)
            {
                continue;
            }

            Cell(c.ProcedureCode, c.Date)[slot] += c.Count;
        }

        var byCode = procedures.ToDictionary(p => p.Code, StringComparer.Ordinal);
        var names = online.GroupBy(a => a.ProcedureCode, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().ProcedureName, StringComparer.Ordinal);
        return [.. cells
            .Select(kv =>
            {
                var p = byCode.GetValueOrDefault(kv.Key.Code);
                var name = p?.Name ?? names.GetValueOrDefault(kv.Key.Code) ?? kv.Key.Code;
                return (Kana: p?.Kana ?? name, Row: new ProcedureUsageRow(kv.Key.Code, name, kv.Key.Month,
                    kv.Value[0], kv.Value[1], kv.Value[2], kv.Value[3], kv.Value[4], NationalFigures.RateFor(p?.KpiGroup)));
            })
            .OrderBy(x => x.Kana, StringComparer.Ordinal).ThenBy(x => x.Row.ProcedureCode, StringComparer.Ordinal).ThenBy(x => x.Row.Month)
            .Select(x => x.Row)];
    }
}
