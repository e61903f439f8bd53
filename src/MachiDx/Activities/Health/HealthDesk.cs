using System.Globalization;
using MachiDx.Activities.Contracts;
using MachiDx.Activities.Data;
using MachiDx.Activities.Rewards;
using MachiDx.Platform;
using MachiDx.Platform.Audit;
using MachiDx.Platform.Files;
using MachiDx.Platform.Outbox;
using MachiDx.Platform.Rules;
using MachiDx.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Activities.Health;

/// <summary>One day's steps to record.</summary>
public sealed record StepEntry(DateOnly Date, int Steps);

/// <summary>How many days were recorded, or why nothing was: field ("Date", "Steps", a CSV line number, or "" for the whole input) → Japanese message.</summary>
public sealed record HealthOutcome(Refusal? Refusal, int Recorded)
{
    public bool Ok => Refusal is null;

    public IReadOnlyDictionary<string, string> Errors => Refusal?.ErrorsByField() ?? new Dictionary<string, string>();

    public static HealthOutcome Invalid(IReadOnlyDictionary<string, string> errors) => new(Refusal.InvalidFields(errors), 0);

    public static HealthOutcome Invalid(string message) => new(Refusal.Invalid(message), 0);
}

/// <summary>
/// Health activities: daily steps (self-reported or from a CSV the resident exports from a pedometer app; one count
/// per day, a higher count replaces a lower one; within the last <see cref="ReportWindowDays"/> days and the city's
/// daily maximum) and check-ups / health classes attested by staff. Every accepted record publishes
/// <see cref="HealthActivityVerified"/> in the same transaction; the reward follows from it.
/// </summary>
public sealed class HealthDesk(ActivitiesDbContext db, RewardIssuer issuer, Outbox outbox, AuditTrail audit, TenantContext tenant, TimeProvider time)
{
    public const int ReportWindowDays = 31;

    public const int MaxCsvRows = 400;

    public async Task<HealthOutcome> RecordStepsAsync(Guid residentId, IReadOnlyList<StepEntry> entries, HealthSource source, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var policy = await issuer.PolicyAsync(ct);
        var errors = new Dictionary<string, string>();
        for (var i = 0; i < entries.Count; i++)
        {
            if (Check(entries[i], policy) is { } problem)
            {
                errors[entries.Count == 1 ? problem.Field : i.ToString(CultureInfo.InvariantCulture)] = problem.Message;
            }
        }

        if (errors.Count > 0)
        {
            return HealthOutcome.Invalid(errors);
        }

        var dates = entries.Select(e => e.Date).ToArray();
        var existing = await db.HealthRecords.Where(h => h.ResidentId == residentId && h.Kind == HealthActivityKind.Steps && dates.Contains(h.Date))
            .ToDictionaryAsync(h => h.Date, ct);
        var recorded = 0;
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var entry in entries.GroupBy(e => e.Date).Select(g => g.MaxBy(e => e.Steps)!))
        {
            if (existing.TryGetValue(entry.Date, out var record))
            {
                if (record.Steps >= entry.Steps)
                {
                    continue;
                }

                record.Steps = entry.Steps;
                record.Source = source;
                record.RecordedAtUtc = now;
            }
            else
            {
                record = new HealthRecord
                {
                    Id = Guid.CreateVersion7(time.GetUtcNow()), ResidentId = residentId, Kind = HealthActivityKind.Steps, Date = entry.Date,
                    Steps = entry.Steps, Title = "", Source = source, RecordedAtUtc = now,
                };
                db.HealthRecords.Add(record);
            }

            outbox.Publish(db, new HealthActivityVerified(tenant.Required.Id, record.Id, residentId, HealthActivityKind.Steps, entry.Date, entry.Steps, ""));
            recorded++;
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The same day recorded by another request at the same moment: nothing of this one is kept.
            db.ChangeTracker.Clear();
            return new HealthOutcome(Refusal.Conflict("同じ日の記録が同時に送られました。もう一度お試しください。"), 0);
        }

        return new HealthOutcome(null, recorded);
    }

    /// <summary>Reads "日付,歩数" rows (a header row is optional); all rows are recorded or none.</summary>
    public async Task<HealthOutcome> ImportStepsCsvAsync(Guid residentId, byte[] csv, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(csv);
        var policy = await issuer.PolicyAsync(ct);
        var errors = new Dictionary<string, string>();
        var entries = new List<StepEntry>();
        var unreadable = new List<string>();
        var rows = CsvText.Read(CsvText.Decode(csv), unreadable).ToList();
        if (unreadable.Count > 0)
        {
            return HealthOutcome.Invalid(unreadable.Select((message, i) => (Key: "file" + i.ToString(CultureInfo.InvariantCulture), message)).ToDictionary(e => e.Key, e => e.message));
        }

        if (rows.Count > 0 && !DateOnly.TryParse(rows[0].Fields[0], CultureInfo.InvariantCulture, out _))
        {
            rows.RemoveAt(0);
        }

        if (rows.Count == 0)
        {
            return HealthOutcome.Invalid("ファイルに記録がありません。「日付,歩数」の形式で1日1行にしてください。");
        }

        if (rows.Count > MaxCsvRows)
        {
            return HealthOutcome.Invalid($"一度に読み込めるのは{MaxCsvRows}行までです。");
        }

        var seen = new HashSet<DateOnly>();
        foreach (var (line, fields) in rows)
        {
            string? message = null;
            if (fields.Length != 2)
            {
                message = $"項目の数が{fields.Length}個です。「日付,歩数」の2列にしてください。";
            }
            else if (!DateOnly.TryParseExact(fields[0].Trim(), ["yyyy-MM-dd", "yyyy/M/d", "yyyy/MM/dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                message = $"日付「{fields[0]}」が読めません（例: 2026-11-20）。";
            }
            else if (!int.TryParse(fields[1].Trim().Replace(",", "", StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var steps))
            {
                message = $"歩数「{fields[1]}」は0以上の整数で入力してください。";
            }
            else if (!seen.Add(date))
            {
                message = $"{date:yyyy-MM-dd}が2回出てきます。1日1行にしてください。";
            }
            else
            {
                var entry = new StepEntry(date, steps);
                message = Check(entry, policy)?.Message;
                entries.Add(entry);
            }

            if (message is not null)
            {
                errors[line.ToString(CultureInfo.InvariantCulture)] = $"{line}行目: {message}";
            }
        }

        return errors.Count > 0 ? HealthOutcome.Invalid(errors) : await RecordStepsAsync(residentId, entries, HealthSource.CsvImport, ct);
    }

    /// <summary>Staff attest a check-up or health class; the same resident, kind, day and title is recorded once.</summary>
    public async Task<bool> AttestAsync(Guid residentId, string residentLabel, HealthActivityKind kind, DateOnly date, string title, Guid staffId, CancellationToken ct)
    {
        if (kind == HealthActivityKind.Steps)
        {
            throw new ArgumentException("Steps are reported by residents, not attested.", nameof(kind));
        }

        title = title.Trim();
        if (await db.HealthRecords.AnyAsync(h => h.ResidentId == residentId && h.Kind == kind && h.Date == date && h.Title == title, ct))
        {
            return false;
        }

        var record = new HealthRecord
        {
            Id = Guid.CreateVersion7(time.GetUtcNow()), ResidentId = residentId, Kind = kind, Date = date, Title = title,
            Source = HealthSource.StaffAttested, AttestedByUserId = staffId, RecordedAtUtc = time.GetUtcNow().UtcDateTime,
        };
        db.HealthRecords.Add(record);
        outbox.Publish(db, new HealthActivityVerified(tenant.Required.Id, record.Id, residentId, kind, date, null, title));
        audit.Record(db, "activities.health.attest", "health-record", record.Id.ToString(), $"{residentLabel} {KindName(kind)}「{title}」{date:yyyy-MM-dd}");
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return false;
        }

        return true;
    }

    public static string KindName(HealthActivityKind kind) => kind switch
    {
        HealthActivityKind.Steps => "歩数",
        HealthActivityKind.Checkup => "健康診断・検診",
        HealthActivityKind.HealthClass => "健康教室",
        _ => kind.ToString(),
    };

    private (string Field, string Message)? Check(StepEntry entry, RewardPolicy policy)
    {
        var today = JapanTime.Today(time);
        if (entry.Date > today)
        {
            return ("Date", "未来の日付は記録できません。");
        }

        if (entry.Date < today.AddDays(-ReportWindowDays + 1))
        {
            return ("Date", $"記録できるのは、今日を含めて過去{ReportWindowDays}日分までです。");
        }

        if (entry.Steps < 0 || entry.Steps > policy.MaxStepsPerDay)
        {
            return ("Steps", string.Create(CultureInfo.InvariantCulture, $"歩数は0〜{policy.MaxStepsPerDay:N0}歩で入力してください。"));
        }

        return null;
    }
}
