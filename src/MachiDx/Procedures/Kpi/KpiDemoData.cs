using MachiDx.Platform;
using MachiDx.Platform.Demo;
using MachiDx.Platform.Tenancy;
using MachiDx.Procedures.Data;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Procedures.Kpi;

/// <summary>
/// Monthly counter, mail and phone counts (and the library system's online reservations) from April of the previous
/// fiscal year to last month, so the オンライン利用率 page has a trend to show. Library online shares start near each
/// city's own FY2020 figure (大川市 49.49%, 行橋市 35%, みやま市 48.21%) and rise slowly; the other procedures had no
/// online route before MachiDX, so their online cases are only the applications residents actually submit.
/// Written once, when the city has no counts yet.
/// </summary>
internal sealed class KpiDemoData : IDemoDataContributor
{
    private static readonly (string Code, int Monthly, double Counter, double Mail, double Phone, bool MovingSeason)[] Procedures =
    [
        ("toshokan-yoyaku", 600, 0.60, 0.05, 0.35, false),
        ("shisetsu-yoyaku", 150, 0.70, 0.00, 0.30, false),
        ("suido-kaishi", 70, 0.60, 0.25, 0.15, true),
        ("suido-chushi", 60, 0.55, 0.30, 0.15, true),
        ("sodai-gomi", 120, 0.30, 0.00, 0.70, true),
        ("juminhyo-copy", 800, 0.95, 0.05, 0.00, true),
        ("tennyu", 90, 1.00, 0.00, 0.00, true),
    ];

    public int Order => 150;

    public async Task SeedAsync(MunicipalityInfo municipality, IServiceProvider services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(municipality);
        ArgumentNullException.ThrowIfNull(services);
        var db = services.GetRequiredService<ProceduresDbContext>();
        if (await db.CaseCounts.AnyAsync(cancellationToken))
        {
            return;
        }

        var time = services.GetRequiredService<TimeProvider>();
        var today = JapanTime.Today(time);
        var thisMonth = new DateOnly(today.Year, today.Month, 1);
        var first = new FiscalYear(FiscalYear.Of(today).Year - 1).FirstMonth;
        var codes = (await db.CityProcedures.Select(p => p.Code).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var (scale, libraryOnline) = municipality.Code switch
        {
            "okawa" => (1.0, 0.4949),
            "yukuhashi" => (1.6, 0.35),
            "miyama" => (0.9, 0.4821),
            _ => (1.0, 0.45),
        };
        var random = new Random(municipality.Code.Sum(c => c));
        var now = time.GetUtcNow().UtcDateTime;
        var index = 0;
        for (var month = first; month < thisMonth; month = month.AddMonths(1), index++)
        {
            foreach (var p in Procedures.Where(p => codes.Contains(p.Code)))
            {
                var season = p.MovingSeason && month.Month is 3 or 4 ? 2.0 : 1.0;
                var total = (int)Math.Round(p.Monthly * scale * season * (0.85 + (random.NextDouble() * 0.3)));
                var online = p.Code == "toshokan-yoyaku" ? (int)Math.Round(total * Math.Min(0.95, libraryOnline + (index * 0.006))) : 0;
                var offline = total - online;
                var mail = (int)Math.Round(offline * p.Mail);
                var phone = (int)Math.Round(offline * p.Phone);
                Add(p.Code, CaseChannel.OnlineOther, online);
                Add(p.Code, CaseChannel.Counter, offline - mail - phone);
                Add(p.Code, CaseChannel.Mail, mail);
                Add(p.Code, CaseChannel.Phone, phone);
            }

            void Add(string code, string channel, int count)
            {
                if (count > 0)
                {
                    db.CaseCounts.Add(new CaseCount
                    {
                        Id = Guid.CreateVersion7(), ProcedureCode = code, Channel = channel, Date = month, WholeMonth = true, Count = count,
                        RecordedByName = "デモデータ", RecordedAtUtc = now,
                    });
                }
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
