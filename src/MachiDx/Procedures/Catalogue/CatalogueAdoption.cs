using MachiDx.Platform.Audit;
using MachiDx.Procedures.Data;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Procedures.Catalogue;

/// <summary>Adopts the national template's procedures that the bound municipality does not have yet.</summary>
public sealed class CatalogueAdoption(ProceduresDbContext db, NationalTemplate template, AuditTrail audit, TimeProvider time)
{
    public async Task<int> AdoptMissingAsync(bool recordAudit, CancellationToken ct)
    {
        var existing = (await db.CityProcedures.Select(p => p.Code).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var now = time.GetUtcNow().UtcDateTime;
        var added = template.Procedures.Where(t => !existing.Contains(t.Code)).Select(t => template.ToCityProcedure(t, now)).ToList();
        if (added.Count == 0)
        {
            return 0;
        }

        db.CityProcedures.AddRange(added);
        if (recordAudit)
        {
            audit.Record(db, "Catalogue.TemplateAdopted", "NationalTemplate", template.Version, new { count = added.Count, codes = added.Select(a => a.Code) });
        }

        await db.SaveChangesAsync(ct);
        return added.Count;
    }
}
