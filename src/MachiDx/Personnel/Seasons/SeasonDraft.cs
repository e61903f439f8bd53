using System.Globalization;
using System.Text.Json;
using MachiDx.Personnel.Data;
using MachiDx.Personnel.Engine.Draft;
using MachiDx.Personnel.Engine.Eligibility;
using MachiDx.Platform.Audit;
using MachiDx.Platform.Identity;
using MachiDx.Platform.Rules;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Personnel.Seasons;

/// <summary>
/// The draft season's rules against the database: nominations, freezing the order, sealed bids,
/// picks, proxy runs, results. The draft itself is always the pure engine replaying the recorded inputs.
/// Methods return a <see cref="Refusal"/>, or null on success; the phase rules live on <see cref="DraftSeason"/>.
/// </summary>
public sealed class SeasonDraft(PersonnelDbContext db, StaffDirectory directory, AuditTrail audit, TimeProvider time, LotterySeeds seeds)
{
    private DateTime Now => time.GetUtcNow().UtcDateTime;

    public static EligibilityRules Rules(DraftSeason season) =>
        JsonSerializer.Deserialize<EligibilityRules>(season.RulesJson) ?? EligibilityRules.Default;

    public async Task<DraftSeason> CreateAsync(SeasonInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var id = Guid.CreateVersion7();
        var (commitment, sealedSeed) = seeds.NewSeed(id);
        var season = new DraftSeason
        {
            Id = id,
            Name = input.Name!.Trim(),
            ReferenceDate = input.ReferenceDate!.Value,
            NominationDeadline = input.NominationDeadline!.Value,
            DraftDate = input.DraftDate!.Value,
            SecondmentStart = input.SecondmentStart!.Value,
            SecondmentMonths = input.SecondmentMonths!.Value,
            NominationsPerDepartment = input.NominationsPerDepartment!.Value,
            RulesJson = JsonSerializer.Serialize(EligibilityRules.Default with
            {
                ExcludeOnLeave = input.ExcludeOnLeave, ExcludeFixedTerm = input.ExcludeFixedTerm, ExcludeFiscalYearAppointee = input.ExcludeFiscalYearAppointee,
            }),
            TieBreaks = string.Join(',', SeasonInput.TieBreakChoices.First(c => c.Value == input.TieBreakOrder).Order),
            SealedSeed = sealedSeed,
            Commitment = commitment,
            Phase = SeasonPhase.Nominating,
            CreatedAtUtc = Now,
        };
        db.Seasons.Add(season);
        audit.Record(db, "DraftSeason.Created", nameof(DraftSeason), season.Id.ToString(), new { season.Name, season.Commitment });
        await db.SaveChangesAsync(ct);
        return season;
    }

    public async Task<Refusal?> NominateAsync(DraftSeason season, string departmentCode, Guid staffRecordId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(season);
        if (season.MayNominate() is { } closed)
        {
            return closed;
        }

        var person = await db.Staff.Include(s => s.Evaluations).SingleOrDefaultAsync(s => s.Id == staffRecordId, ct);
        if (person is null || person.DepartmentCode != departmentCode)
        {
            return Refusal.Invalid("推薦できるのは自部署の職員だけです。", "staffRecordId");
        }

        var alreadyNominated = Refusal.Conflict($"{person.FullName}さんはすでに推薦されています。");
        try
        {
            // The cap is counted and the nomination written under the season's row lock, so two nominations sent at
            // the same moment (on any node) are counted one after the other; closing and changing the eligibility
            // rules take the same lock, so the phase and rules read here are the ones in force when this commits.
            return await SeasonLock.RunAsync(db, season.Id, async token =>
            {
                var current = await db.Seasons.AsNoTracking().SingleAsync(s => s.Id == season.Id, token);
                if (current.MayNominate() is { } closedMeanwhile)
                {
                    return closedMeanwhile;
                }

                if (!EligibilityEvaluator.Evaluate(Rules(current), person.Facts(), current.ReferenceDate).Draft)
                {
                    return Refusal.Invalid($"{person.FullName}さんは基準日時点でドラフトの対象ではありません。", "staffRecordId");
                }

                var nominations = await db.Nominations.AsNoTracking().Where(n => n.SeasonId == season.Id).ToListAsync(token);
                if (nominations.Any(n => n.StaffRecordId == staffRecordId))
                {
                    return alreadyNominated;
                }

                if (nominations.Count(n => n.DepartmentCode == departmentCode) >= season.NominationsPerDepartment)
                {
                    return Refusal.Conflict(string.Create(CultureInfo.InvariantCulture, $"1部署あたりの推薦は{season.NominationsPerDepartment}人までです。"));
                }

                var nomination = new Nomination { Id = Guid.CreateVersion7(), SeasonId = season.Id, StaffRecordId = staffRecordId, DepartmentCode = departmentCode, NominatedAtUtc = Now };
                db.Nominations.Add(nomination);
                audit.Record(db, "Draft.Nominated", nameof(Nomination), nomination.Id.ToString(), new { season = season.Id, departmentCode, person.StaffNumber });
                await db.SaveChangesAsync(token);
                return (Refusal?)null;
            }, ct);
        }
        catch (DbUpdateException)
        {
            // The unique (season, staff) index: the same person nominated at the same instant.
            db.ChangeTracker.Clear();
            return alreadyNominated;
        }
    }

    public async Task<Refusal?> SaveProfileAsync(Guid nominationId, Guid staffRecordId, string? profile, CancellationToken ct)
    {
        var nomination = await db.Nominations.SingleOrDefaultAsync(n => n.Id == nominationId && n.StaffRecordId == staffRecordId, ct);
        if (nomination is null)
        {
            return Refusal.NotFound("推薦");
        }

        nomination.Profile = string.IsNullOrWhiteSpace(profile) ? null : profile.Trim();
        audit.Record(db, "Draft.ProfileUpdated", nameof(Nomination), nomination.Id.ToString());
        await db.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>Freezes the round 2+ order from per-capita overtime over the 12 full months before the reference date's month.</summary>
    public async Task<Refusal?> CloseNominationsAsync(DraftSeason season, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(season);
        if (season.MayNominate() is not null)
        {
            return Refusal.Conflict("推薦はすでに締め切られています。");
        }

        // Under the season's lock, as nominations are: none may be added between counting the quotas and closing.
        return await SeasonLock.RunAsync(db, season.Id, token => CloseLockedAsync(season, token), ct);
    }

    private async Task<Refusal?> CloseLockedAsync(DraftSeason season, CancellationToken ct)
    {
        // The phase as committed now (under the lock), not as the caller's copy saw it.
        await db.Entry(season).ReloadAsync(ct);
        if (season.FreezeOrder(Now) is { } closed)
        {
            return closed;
        }

        var nominations = await db.Nominations.Where(n => n.SeasonId == season.Id).ToListAsync(ct);
        if (nominations.Select(n => n.DepartmentCode).Distinct().Count() < 2)
        {
            return Refusal.Conflict("2部署以上からの推薦が必要です。");
        }

        var (from, to) = OvertimeWindow(season.ReferenceDate);
        var headcount = await db.Staff.GroupBy(s => s.DepartmentCode).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var hours = await db.Overtime.Where(o => o.Month >= from && o.Month < to)
            .Join(db.Staff, o => o.StaffRecordId, s => s.Id, (o, s) => new { s.DepartmentCode, o.Hours })
            .GroupBy(x => x.DepartmentCode).Select(g => new { g.Key, Hours = g.Sum(x => x.Hours) })
            .ToDictionaryAsync(x => x.Key, x => x.Hours, ct);
        var departments = await directory.DepartmentsAsync(ct);
        var inputs = departments.Select((d, i) => new OrderInput(i, d.Code, Math.Round(hours.GetValueOrDefault(d.Code), 1), headcount.GetValueOrDefault(d.Code))).ToList();
        var tieBreaks = season.TieBreaks.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<TieBreak>).ToList();
        var order = PickOrder.Compute(inputs, tieBreaks, season.Commitment);
        for (var position = 0; position < order.Count; position++)
        {
            var o = order[position];
            db.SeasonDepartments.Add(new SeasonDepartment
            {
                Id = Guid.CreateVersion7(), SeasonId = season.Id, DepartmentCode = o.Code, DepartmentName = departments[o.Department].Name,
                Position = position + 1, Headcount = o.Headcount, TotalHours = o.TotalHours, PerCapita = Math.Round(o.PerCapita, 1),
                Quota = nominations.Count(n => n.DepartmentCode == o.Code),
            });
        }

        audit.Record(db, "Draft.OrderFrozen", nameof(DraftSeason), season.Id.ToString(), new { order = order.Select(o => o.Code) });
        await db.SaveChangesAsync(ct);
        return null;
    }

    public static (DateOnly From, DateOnly To) OvertimeWindow(DateOnly reference)
    {
        var to = new DateOnly(reference.Year, reference.Month, 1);
        return (to.AddMonths(-12), to);
    }

    public async Task<DraftView> LoadAsync(DraftSeason season, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(season);
        var departments = await db.SeasonDepartments.AsNoTracking().Where(d => d.SeasonId == season.Id).ToListAsync(ct);
        departments = [.. departments.OrderBy(d => d.DepartmentCode, StringComparer.Ordinal)];
        var nominations = (await db.Nominations.AsNoTracking().Where(n => n.SeasonId == season.Id).ToListAsync(ct))
            .OrderBy(n => n.NominatedAtUtc).ThenBy(n => n.Id).ToList();
        var ids = nominations.Select(n => n.StaffRecordId).ToList();
        var people = await db.Staff.AsNoTracking().Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct);
        if (season.Phase == SeasonPhase.Nominating)
        {
            return new DraftView { Season = season, Departments = departments, Nominations = nominations, People = people };
        }

        var view = new DraftView { Season = season, Departments = departments, Nominations = nominations, People = people };
        var setup = new DraftSetup(
            [.. departments.Select((d, i) => new DraftDepartment(i, d.DepartmentCode, d.Quota, d.PerCapita))],
            [.. nominations.Select((n, i) => new DraftCandidate(i, people[n.StaffRecordId].StaffNumber, view.DepartmentIndex(n.DepartmentCode)))],
            [.. departments.Select((d, i) => (d, i)).OrderBy(x => x.d.Position).Select(x => x.i)]);
        var state = new DraftState(setup);
        var inputs = await db.DraftInputs.AsNoTracking().Where(i => i.SeasonId == season.Id).ToListAsync(ct);
        var sealedBids = new HashSet<string>(StringComparer.Ordinal);
        var seed = inputs.Count > 0 ? seeds.Open(season) : "";
        foreach (var iteration in inputs.Where(i => i.Round == 1).GroupBy(i => i.Iteration).OrderBy(g => g.Key))
        {
            var bids = iteration.ToDictionary(i => view.DepartmentIndex(i.DepartmentCode), i => i.StaffRecordId is { } id ? view.CandidateIndex(id) : (int?)null);
            if (state.Round1Pending.All(bids.ContainsKey) && bids.Count == state.Round1Pending.Count)
            {
                _ = state.ResolveRound1(bids, seed) ?? "";
            }
            else
            {
                sealedBids.UnionWith(iteration.Select(i => i.DepartmentCode));
            }
        }

        foreach (var move in inputs.Where(i => i.Round >= 2).OrderBy(i => i.Sequence))
        {
            var department = view.DepartmentIndex(move.DepartmentCode);
            _ = move.StaffRecordId is { } id ? state.Pick(department, view.CandidateIndex(id)) : state.Pass(department);
        }

        var secondments = season.Phase >= SeasonPhase.Completed
            ? await db.Secondments.AsNoTracking().Where(x => x.SeasonId == season.Id).OrderBy(x => x.ToDepartmentCode).ToListAsync(ct)
            : [];
        return new DraftView
        {
            Season = season, Departments = departments, Nominations = nominations, People = people, State = state, SealedBids = sealedBids,
            Secondments = secondments, Moves = inputs.Count(i => i.Round >= 2),
        };
    }

    /// <summary>A sealed round-1 bid (null = no bid). The iteration opens (開札) as soon as every pending department has bid.</summary>
    public async Task<Refusal?> BidAsync(DraftSeason season, string departmentCode, Guid? staffRecordId, CancellationToken ct)
    {
        var view = await LoadAsync(season, ct);
        if (view.State is not { } state || season.Phase != SeasonPhase.Drafting || state.Round1Done)
        {
            return Refusal.Conflict("現在は1巡目の入札を受け付けていません。");
        }

        var department = view.DepartmentIndex(departmentCode);
        if (!state.Round1Pending.Contains(department) || view.SealedBids.Contains(departmentCode))
        {
            return Refusal.Conflict("この部署は現在入札できません（入札済みか、1巡目の指名が確定しています）。");
        }

        if (staffRecordId is { } id)
        {
            var candidate = view.CandidateIndex(id);
            if (state.CheckChoice(department, candidate) is { } error)
            {
                return Refusal.Conflict(error);
            }
        }

        // Under the season's lock, so that a candidate's ranking saved in the same instant is ordered before or after it.
        return await SeasonLock.RunAsync(db, season.Id, async token =>
        {
            db.DraftInputs.Add(new DraftInput
            {
                Id = Guid.CreateVersion7(), SeasonId = season.Id, Round = 1, Iteration = state.Round1Iteration,
                DepartmentCode = departmentCode, StaffRecordId = staffRecordId, RecordedAtUtc = Now,
            });
            audit.Record(db, "Draft.BidSealed", nameof(DraftSeason), season.Id.ToString(), new { departmentCode, iteration = state.Round1Iteration });
            await db.SaveChangesAsync(token);
            return (Refusal?)null;
        }, ct);
    }

    /// <summary>The answer to the selector who lost a race for the same turn (or acted on a stale page).</summary>
    public const string TakenFirst = "ほかの部署が先に指名しました。最新の状況を確認してください。";

    /// <summary>
    /// A round 2+ pick in turn (null = 選択終了). <paramref name="expectedMoves"/> is the turn the selector's
    /// page showed; if another move was recorded since, nothing changes. The move is recorded by a conditional
    /// update of the season's move counter in the same transaction, so of two simultaneous requests for
    /// one turn (on any node) exactly one wins; unique indexes back this up.
    /// </summary>
    public async Task<Refusal?> PickAsync(DraftSeason season, string departmentCode, Guid? staffRecordId, CancellationToken ct, int? expectedMoves = null)
    {
        var view = await LoadAsync(season, ct);
        if (view.State is not { } state || season.Phase != SeasonPhase.Drafting || !state.Round1Done)
        {
            return Refusal.Conflict("現在は2巡目以降の指名を受け付けていません。");
        }

        if (expectedMoves is { } expected && expected != view.Moves)
        {
            return Refusal.Conflict(TakenFirst);
        }

        var department = view.DepartmentIndex(departmentCode);
        var error = staffRecordId is { } id ? state.Pick(department, view.CandidateIndex(id)) : state.Pass(department);
        if (error is not null)
        {
            return Refusal.Conflict(error);
        }

        var sequence = state.Events.Count;
        var round = state.Events[^1].Round;
        var strategy = db.Database.CreateExecutionStrategy();
        try
        {
            return await strategy.ExecuteAsync(async token =>
            {
                await using var tx = await db.Database.BeginTransactionAsync(token);
                var claimed = await db.Seasons.Where(s => s.Id == season.Id && s.Phase == SeasonPhase.Drafting && s.Moves == view.Moves)
                    .ExecuteUpdateAsync(s => s.SetProperty(x => x.Moves, view.Moves + 1), token);
                if (claimed != 1)
                {
                    return Refusal.Conflict(TakenFirst);
                }

                db.DraftInputs.Add(new DraftInput
                {
                    Id = Guid.CreateVersion7(), SeasonId = season.Id, Round = round, Sequence = sequence,
                    DepartmentCode = departmentCode, StaffRecordId = staffRecordId, RecordedAtUtc = Now,
                });
                audit.Record(db, staffRecordId is null ? "Draft.Passed" : "Draft.Picked", nameof(DraftSeason), season.Id.ToString(), new { departmentCode, staffRecordId });
                await db.SaveChangesAsync(token);
                await tx.CommitAsync(token);
                return (Refusal?)null;
            }, ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return Refusal.Conflict(TakenFirst);
        }
    }

    public async Task<Refusal?> SaveWishesAsync(DraftSeason season, string departmentCode, IReadOnlyList<Guid> ranked, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(ranked);
        if (season.MayRankCandidates() is { } ended)
        {
            return ended;
        }

        var nominations = await db.Nominations.Where(n => n.SeasonId == season.Id).ToListAsync(ct);
        if (ranked.Any(id => nominations.All(n => n.StaffRecordId != id || n.DepartmentCode == departmentCode)) || ranked.Distinct().Count() != ranked.Count)
        {
            return Refusal.Invalid("希望順位には他部署の候補者を1回ずつ選んでください。", "ranks");
        }

        db.Wishes.RemoveRange(await db.Wishes.Where(w => w.SeasonId == season.Id && w.DepartmentCode == departmentCode).ToListAsync(ct));
        db.Wishes.AddRange(ranked.Select((id, i) => new WishEntry { Id = Guid.CreateVersion7(), SeasonId = season.Id, DepartmentCode = departmentCode, Rank = i + 1, StaffRecordId = id }));
        audit.Record(db, "Draft.WishesSaved", nameof(DraftSeason), season.Id.ToString(), new { departmentCode, count = ranked.Count });
        await db.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>Ranked wishes per department index (empty when a department gave none).</summary>
    public async Task<IReadOnlyList<IReadOnlyList<int>>> WishListsAsync(DraftView view, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(view);
        var wishes = await db.Wishes.AsNoTracking().Where(w => w.SeasonId == view.Season.Id).ToListAsync(ct);
        return [.. view.Departments.Select(d => (IReadOnlyList<int>)[.. wishes.Where(w => w.DepartmentCode == d.DepartmentCode).OrderBy(w => w.Rank)
            .Select(w => view.CandidateIndex(w.StaffRecordId)).Where(i => i >= 0)])];
    }

    /// <summary>Proxy mode: runs the whole draft from the wish lists and records every move as if made at the meeting.</summary>
    public async Task<Refusal?> RunProxyAsync(DraftSeason season, CancellationToken ct)
    {
        var view = await LoadAsync(season, ct);
        if (view.State is not { } current || season.Phase != SeasonPhase.Drafting || current.Events.Count > 0 || view.SealedBids.Count > 0)
        {
            return Refusal.Conflict("代理指名は、指名会議が始まる前（入札・指名が1件もないとき）にだけ実行できます。");
        }

        var state = ProxyDraft.Run(current.Setup, await WishListsAsync(view, ct), seeds.Open(season));
        try
        {
            // Under the season's lock: no bid may slip in between the check above and these moves, and a candidate's
            // ranking saved in the same instant is ordered before or after them.
            return await SeasonLock.RunAsync(db, season.Id, async token =>
            {
                if (await db.DraftInputs.AnyAsync(i => i.SeasonId == season.Id, token))
                {
                    return Refusal.Conflict(TakenFirst);
                }

                foreach (var e in state.Events.Where(e => e.Round == 1 && e.Detail != DraftState.AutoSettled))
                {
                    AddInput(season, view, e);
                }

                foreach (var e in state.Events.Where(e => e.Round >= 2))
                {
                    AddInput(season, view, e);
                }

                var moves = state.Events.Count(e => e.Round >= 2);
                await db.Seasons.Where(s => s.Id == season.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.Moves, moves), token);
                audit.Record(db, "Draft.ProxyRun", nameof(DraftSeason), season.Id.ToString(), new { moves = state.Events.Count });
                await db.SaveChangesAsync(token);
                return (Refusal?)null;
            }, ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return Refusal.Conflict(TakenFirst);
        }
    }

    private void AddInput(DraftSeason season, DraftView view, DraftEvent e) =>
        db.DraftInputs.Add(new DraftInput
        {
            Id = Guid.CreateVersion7(), SeasonId = season.Id, Round = e.Round, Iteration = e.Round == 1 ? e.Iteration : 0,
            Sequence = e.Round == 1 ? 0 : e.Sequence, DepartmentCode = view.Departments[e.Department].DepartmentCode,
            StaffRecordId = e.Candidate is { } c ? view.Nominations[c].StaffRecordId : null, RecordedAtUtc = Now,
        });

    /// <summary>Records the results as recommended secondments and reveals the lottery seed.</summary>
    public async Task<Refusal?> CompleteAsync(DraftSeason season, CancellationToken ct)
    {
        var view = await LoadAsync(season, ct);
        if (view.State is not { Finished: true } state || season.Phase != SeasonPhase.Drafting)
        {
            return Refusal.Conflict("指名がすべて終わってから結果を確定してください。");
        }

        var selectors = await db.Staff.AsNoTracking().Where(s => s.IsSelector).ToListAsync(ct);
        string Supervisor(string code) => selectors.FirstOrDefault(s => s.DepartmentCode == code)?.FullName ?? "（未設定）";
        var end = season.SecondmentStart.AddMonths(season.SecondmentMonths).AddDays(-1);
        for (var c = 0; c < view.Nominations.Count; c++)
        {
            if (state.OwnerOf(c) is var owner && owner < 0)
            {
                continue;
            }

            var to = view.Departments[owner].DepartmentCode;
            var from = view.Nominations[c].DepartmentCode;
            db.Secondments.Add(new Secondment
            {
                Id = Guid.CreateVersion7(), SeasonId = season.Id, StaffRecordId = view.Nominations[c].StaffRecordId,
                FromDepartmentCode = from, ToDepartmentCode = to, StartDate = season.SecondmentStart, EndDate = end,
                CheckInDate = season.SecondmentStart.AddDays((end.DayNumber - season.SecondmentStart.DayNumber) / 2),
                ReturnReminderDate = end.AddDays(-14), FromSupervisor = Supervisor(from), ToSupervisor = Supervisor(to),
            });
        }

        var tracked = await db.Seasons.SingleAsync(s => s.Id == season.Id, ct);
        if (tracked.Complete() is { } refusal)
        {
            return refusal;
        }

        seeds.Reveal(tracked);
        audit.Record(db, "Draft.Completed", nameof(DraftSeason), season.Id.ToString(), new { seed = tracked.Seed });
        await db.SaveChangesAsync(ct);
        return null;
    }

    public async Task<Refusal?> PublishAsync(DraftSeason season, CancellationToken ct)
    {
        var tracked = await db.Seasons.SingleAsync(s => s.Id == season.Id, ct);
        if (tracked.Publish() is { } refusal)
        {
            return refusal;
        }

        audit.Record(db, "Draft.Published", nameof(DraftSeason), season.Id.ToString());
        await db.SaveChangesAsync(ct);
        return null;
    }
}
