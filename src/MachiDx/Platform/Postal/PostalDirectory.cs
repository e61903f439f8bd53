using System.Reflection;
using MachiDx.Platform.Data;
using MachiDx.Platform.Files;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Platform.Postal;

/// <summary>A candidate address for a postal code, as the lookup API returns it.</summary>
public sealed record PostalCandidate(string Prefecture, string City, string Town, string? PrefectureKana, string? CityKana, string? TownKana)
{
    /// <summary>Prefecture, city and town written together, e.g. 「福岡県大川市酒見」.</summary>
    public string Address => Prefecture + City + Town;
}

/// <summary>The postal code directory: lookup, the bundled demo file, and replacing the whole table with a KEN_ALL import.</summary>
public sealed class PostalDirectory(PlatformDbContext db)
{
    private const string BundledResource = "MachiDx.Platform.Postal.demo-postal-codes.csv";
    private const int BatchSize = 5_000;

    /// <summary>Seven ASCII digits from user input ("831-0016", full-width digits, a 〒 mark), or null when it is not a postal code.</summary>
    public static string? Normalize(string? raw)
    {
        if (raw is null)
        {
            return null;
        }

        var digits = new System.Text.StringBuilder(7);
        foreach (var ch in raw.Trim().TrimStart('〒'))
        {
            if (char.IsAsciiDigit(ch))
            {
                digits.Append(ch);
            }
            else if (ch is >= '０' and <= '９')
            {
                digits.Append((char)('0' + (ch - '０')));
            }
            else if (ch is not ('-' or '－' or 'ー' or '‐') || digits.Length != 3)
            {
                return null;
            }
        }

        return digits.Length == 7 ? digits.ToString() : null;
    }

    public async Task<IReadOnlyList<PostalCandidate>> FindAsync(string code, CancellationToken ct) =>
        await db.PostalAddresses.AsNoTracking()
            .Where(p => p.Code == code)
            .OrderBy(p => p.Id)
            .Select(p => new PostalCandidate(p.Prefecture, p.City, p.Town, p.PrefectureKana, p.CityKana, p.TownKana))
            .ToListAsync(ct);

    public Task<int> CountAsync(CancellationToken ct) => db.PostalAddresses.CountAsync(ct);

    /// <summary>
    /// Replaces the whole directory with <paramref name="records"/> in one transaction: on any failure the previous
    /// directory stays as it was.
    /// </summary>
    /// <summary>The advisory lock that serialises replacements of the directory (an arbitrary constant, "POSTAL" in ASCII).</summary>
    private const long ReplaceLockKey = 0x504F5354414C;

    public async Task ReplaceAllAsync(IReadOnlyList<PostalRecord> records, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(records);
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async token =>
        {
            db.ChangeTracker.Clear();
            await using var tx = await db.Database.BeginTransactionAsync(token);

            // Two replacements at the same moment (a double click on 取り込む, two nodes) must not both delete the old rows and
            // both insert theirs: on PostgreSQL each DELETE would miss the other's uncommitted rows and the directory would
            // hold every copy. One at a time: a transaction-scoped advisory lock there; SQLite's single writer, which the
            // DELETE as the first write takes, does the same.
            if (db.Database.IsNpgsql())
            {
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({ReplaceLockKey})", token);
            }

            await db.PostalAddresses.ExecuteDeleteAsync(token);
            var autoDetect = db.ChangeTracker.AutoDetectChangesEnabled;
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            try
            {
                foreach (var batch in records.Chunk(BatchSize))
                {
                    db.PostalAddresses.AddRange(batch.Select(r => new PostalAddress
                    {
                        Code = r.Code, Prefecture = r.Prefecture, City = r.City, Town = r.Town,
                        PrefectureKana = r.PrefectureKana, CityKana = r.CityKana, TownKana = r.TownKana,
                    }));
                    await db.SaveChangesAsync(token);
                    db.ChangeTracker.Clear();
                }
            }
            finally
            {
                db.ChangeTracker.AutoDetectChangesEnabled = autoDetect;
            }

            await tx.CommitAsync(token);
        }, ct);
    }

    /// <summary>Writes the bundled demo file (デモ用・未確認) when the directory is empty; a KEN_ALL import replaces it.</summary>
    public async Task SeedBundledIfEmptyAsync(CancellationToken ct)
    {
        if (await db.PostalAddresses.AnyAsync(ct))
        {
            return;
        }

        await ReplaceAllAsync(ReadBundled(), ct);
    }

    /// <summary>The bundled file: UTF-8 CSV, '#' comment lines, columns 郵便番号,都道府県,市区町村,町域.</summary>
    public static IReadOnlyList<PostalRecord> ReadBundled()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(BundledResource)
            ?? throw new InvalidOperationException("The bundled postal code file is missing.");
        using var reader = new StreamReader(stream);
        var lines = reader.ReadToEnd().Split('\n').Where(l => !l.TrimStart().StartsWith('#'));
        var errors = new List<string>();
        var records = CsvText.Read(string.Join('\n', lines), errors)
            .Skip(1)
            .Select(r => new PostalRecord(r.Fields[0], r.Fields[1], r.Fields[2], r.Fields.Length > 3 ? r.Fields[3] : "", null, null, null))
            .ToList();
        return errors.Count == 0 ? records : throw new InvalidOperationException("The bundled postal code file is malformed: " + errors[0]);
    }
}
