using MachiDx.Procedures.Data;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Procedures.Kpi.Cases;

/// <summary>The city's procedures for the select box, in reading order.</summary>
public sealed record ProcedureChoice(string Code, string Name)
{
    internal static async Task<IReadOnlyList<ProcedureChoice>> LoadAsync(ProceduresDbContext db, CancellationToken ct) =>
        await db.CityProcedures.AsNoTracking().OrderBy(p => p.Kana).Select(p => new ProcedureChoice(p.Code, p.Name)).ToListAsync(ct);
}
