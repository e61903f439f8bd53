using MachiDx.Platform;
using MachiDx.Procedures.Data;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Procedures.Kpi.Cases;

/// <summary>The rules beyond the input's shape: a procedure of this city's catalogue, a known channel, a date that has happened.</summary>
internal sealed class CaseRules(ProceduresDbContext db, TimeProvider time)
{
    /// <summary>The earliest date staff may record: the fiscal year the national figures compare with.</summary>
    public static readonly DateOnly Earliest = new(2020, 4, 1);

    public async Task<Dictionary<string, string[]>> CheckAsync(CaseInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (input.ProcedureCode is { } code && !await db.CityProcedures.AnyAsync(p => p.Code == code, ct))
        {
            errors[nameof(CaseInput.ProcedureCode)] = ["この市の手続きの一覧から選んでください。"];
        }

        if (input.Channel is { } channel && !CaseChannel.All.Contains(channel))
        {
            errors[nameof(CaseInput.Channel)] = ["受付の方法は、窓口・郵送・電話・オンライン（他のシステム）から選んでください。"];
        }

        var today = JapanTime.Today(time);
        if (input.Date is { } date && (date > today || date < Earliest))
        {
            errors[nameof(CaseInput.Date)] = [date > today
                ? "受け付けた日に、今日より後の日付は入力できません。"
                : "受け付けた日は2020年4月1日以降の日付を入力してください。"];
        }

        return errors;
    }
}
