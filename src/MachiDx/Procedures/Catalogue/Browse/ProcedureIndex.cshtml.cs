using MachiDx.Platform.Security;
using MachiDx.Platform.Tenancy;
using MachiDx.Procedures.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Procedures.Catalogue.Browse;

[EnableRateLimiting(RateLimitPolicies.Search)]
public sealed class ProcedureIndexModel(ProceduresDbContext db, Search.CatalogueSearch search, TenantContext tenant) : PageModel
{
    public string CityCode => tenant.Required.Code;

    public IReadOnlyList<CategoryGroup> Categories { get; private set; } = [];

    [Microsoft.AspNetCore.Mvc.BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    public IReadOnlyList<Search.SearchHitView> Results { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        ModelState.Clear();
        if (Query is not null)
        {
            Query = Query.Length > 100 ? Query[..100] : Query;
            Results = await search.SearchAsync(Query, ct);
        }

        var all = await db.CityProcedures.AsNoTracking()
            .Select(p => new ProcedureLink(p.Code, p.Name, p.Kana, p.Category, p.Channels))
            .ToListAsync(ct);
        Categories = all.GroupBy(p => p.Category)
            .OrderBy(g => CategoryOrder.IndexOf(g.Key))
            .Select((g, i) => new CategoryGroup(i, g.Key, [.. g.OrderBy(p => p.Kana, StringComparer.Ordinal)]))
            .ToList();
    }

    private static readonly List<string> CategoryOrder =
    [
        "戸籍・住民票", "税", "子育て", "介護・高齢者", "健康・保険・年金", "福祉", "ごみ・環境", "上下水道",
        "施設・図書館", "ペット", "防災・被災者支援", "教育", "仕事", "その他",
    ];
}

public sealed record ProcedureLink(string Code, string Name, string Kana, string Category, List<string> Channels);

public sealed record CategoryGroup(int Index, string Name, IReadOnlyList<ProcedureLink> Procedures);
