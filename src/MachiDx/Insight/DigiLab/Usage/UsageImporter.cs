using System.Globalization;
using MachiDx.Insight.Data;
using MachiDx.Insight.DigiLab.Request;
using MachiDx.Platform.Audit;
using MachiDx.Platform.Files;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Insight.DigiLab.Usage;

/// <summary>
/// Monthly volumes of live tools (依頼番号, 年月, 件数), e.g. exported from the RPA or AI-OCR tool's log; all-or-nothing,
/// added or replaced by (依頼, 年月). Only requests that are 稼働中 with before/after minutes take volumes.
/// </summary>
public sealed class UsageImporter(InsightDbContext db, AuditTrail audit)
{
    public static readonly IReadOnlyList<string> Header = ["依頼番号", "年月", "件数"];

    public const string Sample = "依頼番号,年月,件数\r\nDL-0001,2026-04,120\r\nDL-0001,2026-05,135\r\n";

    public async Task<(int Count, IReadOnlyList<string> Errors)> ImportAsync(byte[] csv, CancellationToken ct)
    {
        var report = new CsvErrorReport();
        var requests = await db.Requests.Include(r => r.Usage).ToListAsync(ct);
        var parsed = new List<(DigiLabRequest Request, DateOnly Month, int Cases)>();
        var keys = new HashSet<(int, DateOnly)>();
        foreach (var row in CsvReader.Rows(csv, Header, report))
        {
            var text = row.Raw(0);
            var number = int.TryParse(text.StartsWith("DL-", StringComparison.OrdinalIgnoreCase) ? text[3..] : text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : (int?)null;
            var request = requests.FirstOrDefault(r => r.Number == number);
            if (request is null)
            {
                row.Error(0, $"「{text}」という依頼はありません（例: DL-0001）。");
            }
            else if (request.Status != RequestStatus.Live || request.SavedMinutesPerCase is null)
            {
                row.Error(0, $"{request.Code}は稼働中ではないか、導入前後の1件あたりの分数が未登録です。");
            }

            var month = row.Month(1);
            var cases = row.Int(2, 0, 10_000_000);
            if (row.Ok && BeforeGoLive(request!, month!.Value) is { } tooEarly)
            {
                row.Error(1, tooEarly);
            }

            if (row.Ok && !keys.Add((request!.Number, month!.Value)))
            {
                row.RowError(string.Create(CultureInfo.InvariantCulture, $"{request.Code}の{month:yyyy-MM}がファイル内で重複しています。"));
            }

            if (row.Ok)
            {
                parsed.Add((request!, month!.Value, cases!.Value));
            }
        }

        if (!report.IsEmpty)
        {
            return (0, report.Messages);
        }

        foreach (var (request, month, cases) in parsed)
        {
            SetUsage(db, request, month, cases);
        }

        audit.Record(db, "Insight.DigiLab.UsageImported", "DigiLabRequest", "csv", new { rows = parsed.Count });
        await db.SaveChangesAsync(ct);
        return (parsed.Count, []);
    }

    /// <summary>Volumes count only from the go-live month on (hours saved are after go-live); the error, or null.</summary>
    public static string? BeforeGoLive(DigiLabRequest request, DateOnly month)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.LiveSince is { } since && month < since
            ? string.Create(CultureInfo.InvariantCulture, $"{month:yyyy-MM}は{request.Code}の稼働開始月（{since:yyyy-MM}）より前です。稼働後の件数だけを記録できます。")
            : null;
    }

    /// <summary>Adds or replaces one month's volume of a request (the request's usage must be loaded).</summary>
    public static void SetUsage(InsightDbContext db, DigiLabRequest request, DateOnly month, int cases)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(request);
        var current = request.Usage.FirstOrDefault(u => u.Month == month);
        if (current is null)
        {
            db.Usage.Add(new UsageMonth { Id = Guid.CreateVersion7(), RequestId = request.Id, Month = month, Cases = cases });
        }
        else
        {
            current.Cases = cases;
        }
    }
}
