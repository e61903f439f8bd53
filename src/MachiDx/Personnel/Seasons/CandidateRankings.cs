using MachiDx.Personnel.Data;
using MachiDx.Platform.Audit;
using MachiDx.Platform.Rules;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Personnel.Seasons;

/// <summary>
/// Nominees rank the departments they would like to go to: only departments taking part in the season (those
/// with nominees) other than their own, editable while nominations are open and until the meeting's first bid
/// or pick, then frozen. Methods return a <see cref="Refusal"/>, or null on success.
/// </summary>
public sealed class CandidateRankings(PersonnelDbContext db, AuditTrail audit)
{
    public const string NotNominated = "このシーズンの候補者ではないため、希望を登録できません。";

    public const string Frozen = "指名会議が始まったため、行きたい部署の希望は変更できません。";

    public const string OtherDepartmentsOnly = "希望できるのは、このシーズンに参加している他の部署だけです（各部署1回まで）。";

    public async Task<Refusal?> SaveAsync(Guid seasonId, Guid staffRecordId, IReadOnlyList<string> ranked, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(ranked);
        var nomination = await db.Nominations.AsNoTracking().SingleOrDefaultAsync(n => n.SeasonId == seasonId && n.StaffRecordId == staffRecordId, ct);
        if (nomination is null)
        {
            return Refusal.Of(RefusalKind.NotFound, NotNominated);
        }

        var participating = await ParticipatingAsync(seasonId, ct);
        if (ranked.Distinct(StringComparer.Ordinal).Count() != ranked.Count
            || ranked.Any(code => code == nomination.DepartmentCode || !participating.Contains(code)))
        {
            return Refusal.Invalid(OtherDepartmentsOnly, "ranks");
        }

        // Checked and written under the season's lock: a first bid in the same instant is ordered before or after.
        return await SeasonLock.RunAsync(db, seasonId, async token =>
        {
            var season = await db.Seasons.AsNoTracking().SingleAsync(s => s.Id == seasonId, token);
            if (!await IsOpenAsync(season, token))
            {
                return Refusal.Conflict(Frozen);
            }

            db.CandidatePreferences.RemoveRange(await db.CandidatePreferences.Where(p => p.SeasonId == seasonId && p.StaffRecordId == staffRecordId).ToListAsync(token));
            db.CandidatePreferences.AddRange(ranked.Select((code, i) => new CandidatePreference
            {
                Id = Guid.CreateVersion7(), SeasonId = seasonId, StaffRecordId = staffRecordId, Rank = i + 1, DepartmentCode = code,
            }));
            audit.Record(db, "Draft.CandidateRankingSaved", nameof(Nomination), nomination.Id.ToString(), new { season = seasonId, departments = ranked });
            await db.SaveChangesAsync(token);
            return null;
        }, ct);
    }

    /// <summary>Open while nominations are open and, after the order is frozen, until the first bid or pick.</summary>
    public async Task<bool> IsOpenAsync(DraftSeason season, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(season);
        return season.Phase == SeasonPhase.Nominating
            || (season.Phase == SeasonPhase.Drafting && !await db.DraftInputs.AnyAsync(i => i.SeasonId == season.Id, ct));
    }

    /// <summary>Departments taking part in the season: those that have nominated someone.</summary>
    public async Task<HashSet<string>> ParticipatingAsync(Guid seasonId, CancellationToken ct) =>
        [.. await db.Nominations.AsNoTracking().Where(n => n.SeasonId == seasonId).Select(n => n.DepartmentCode).Distinct().ToListAsync(ct)];

    /// <summary>The stated rankings of one season: staff record → department codes, best first (absent = none stated).</summary>
    public async Task<Dictionary<Guid, List<string>>> ForSeasonAsync(Guid seasonId, CancellationToken ct) =>
        (await db.CandidatePreferences.AsNoTracking().Where(p => p.SeasonId == seasonId).ToListAsync(ct))
            .GroupBy(p => p.StaffRecordId).ToDictionary(g => g.Key, g => g.OrderBy(p => p.Rank).Select(p => p.DepartmentCode).ToList());
}
