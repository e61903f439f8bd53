using MachiDx.Personnel.Data;
using MachiDx.Personnel.Engine.Bonus;
using MachiDx.Personnel.Engine.Eligibility;
using MachiDx.Personnel.Roster;
using MachiDx.Platform;
using MachiDx.Platform.Audit;
using MachiDx.Platform.Rules;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MachiDx.Personnel.FreeAgency;

/// <summary>
/// FA宣言 rules: who may declare, who may see a declaration (and the audit of every read), forwarding,
/// the target's decision, withdrawal, and the recommended bonus band. Methods return a Japanese error or null.
/// </summary>
public sealed class Declarations(PersonnelDbContext db, AuditTrail audit, TimeProvider time, IOptions<PersonnelOptions> options)
{
    public DateOnly Today => JapanTime.Today(time);

    /// <summary>HR sees all; the declarer their own; the target's selectors once forwarded; the current department's selectors once accepted.</summary>
    public static bool CanSee(FaDeclaration declaration, StaffRecord? me, bool isHr)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        if (isHr || (me is not null && declaration.StaffRecordId == me.Id))
        {
            return true;
        }

        if (me is not { IsSelector: true })
        {
            return false;
        }

        return (me.DepartmentCode == declaration.TargetDepartmentCode && declaration.Status is DeclarationStatus.Forwarded or DeclarationStatus.Accepted or DeclarationStatus.Declined)
            || (me.DepartmentCode == declaration.CurrentDepartmentCode && declaration.Status == DeclarationStatus.Accepted);
    }

    /// <summary>Declarations this person may see, recording the read in the audit log.</summary>
    public async Task<List<FaDeclaration>> VisibleAsync(StaffRecord? me, bool isHr, CancellationToken ct)
    {
        var all = await db.Declarations.AsNoTracking().OrderByDescending(d => d.DeclaredAtUtc).ToListAsync(ct);
        var visible = all.Where(d => CanSee(d, me, isHr)).ToList();
        if (visible.Count > 0)
        {
            audit.Record(db, "FaDeclaration.Listed", nameof(FaDeclaration), "list", new { ids = visible.Select(d => d.Id) });
            await db.SaveChangesAsync(ct);
        }

        return visible;
    }

    /// <summary>One declaration if this person may see it (the read is audited); null otherwise.</summary>
    public async Task<FaDeclaration?> ReadAsync(Guid id, StaffRecord? me, bool isHr, CancellationToken ct)
    {
        var declaration = await db.Declarations.SingleOrDefaultAsync(d => d.Id == id, ct);
        if (declaration is null || !CanSee(declaration, me, isHr))
        {
            return null;
        }

        audit.Record(db, "FaDeclaration.Read", nameof(FaDeclaration), id.ToString());
        await db.SaveChangesAsync(ct);
        return declaration;
    }

    public async Task<Refusal?> DeclareAsync(StaffRecord me, string targetDepartment, string plan, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(me);
        if (!EligibilityEvaluator.Evaluate(EligibilityRules.Default, me.Facts(), Today).FreeAgent)
        {
            return Refusal.Conflict("現在、FA宣言の対象ではありません。");
        }

        if (targetDepartment == me.DepartmentCode)
        {
            return Refusal.Invalid("希望先には現在の所属以外の部署を選んでください。", "TargetDepartment");
        }

        // One active declaration per person: checked and written while holding the declarer's roster row (a no-op
        // update locks it), so two declarations sent at the same moment, on any node, are checked one after the other.
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async token =>
        {
            await using var tx = await db.Database.BeginTransactionAsync(token);
            await db.Staff.Where(s => s.Id == me.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.StaffNumber, x => x.StaffNumber), token);
            if (await db.Declarations.AnyAsync(d => d.StaffRecordId == me.Id && (d.Status == DeclarationStatus.Submitted || d.Status == DeclarationStatus.Forwarded || d.Status == DeclarationStatus.Accepted), token))
            {
                return Refusal.Conflict("FA宣言は1件ずつです。手続き中の宣言があります。");
            }

            var declaration = new FaDeclaration
            {
                Id = Guid.CreateVersion7(), StaffRecordId = me.Id, CurrentDepartmentCode = me.DepartmentCode,
                TargetDepartmentCode = targetDepartment, Plan = plan.Trim(), Status = DeclarationStatus.Submitted, DeclaredAtUtc = time.GetUtcNow().UtcDateTime,
            };
            db.Declarations.Add(declaration);
            audit.Record(db, "FaDeclaration.Submitted", nameof(FaDeclaration), declaration.Id.ToString(), new { targetDepartment });
            await db.SaveChangesAsync(token);
            await tx.CommitAsync(token);
            return (Refusal?)null;
        }, ct);
    }

    public async Task<Refusal?> ForwardAsync(FaDeclaration declaration, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        if (declaration.Status != DeclarationStatus.Submitted)
        {
            return Refusal.Conflict("提出済みの宣言だけを回付できます。");
        }

        return await MoveAsync(declaration, DeclarationStatus.Forwarded, () =>
            audit.Record(db, "FaDeclaration.Forwarded", nameof(FaDeclaration), declaration.Id.ToString(), new { declaration.TargetDepartmentCode }), ct);
    }

    public async Task<Refusal?> DecideAsync(FaDeclaration declaration, bool accept, string? reason, string? rubric, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        if (declaration.Status != DeclarationStatus.Forwarded)
        {
            return Refusal.Conflict("回付された宣言だけを判断できます。");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return Refusal.Invalid("理由を入力してください。", "reason");
        }

        if (accept && string.IsNullOrWhiteSpace(rubric))
        {
            return Refusal.Invalid("受け入れる場合は、成果の評価基準（ルーブリック）を入力してください。", "rubric");
        }

        return await MoveAsync(declaration, accept ? DeclarationStatus.Accepted : DeclarationStatus.Declined, () =>
        {
            declaration.DecisionReason = reason.Trim();
            declaration.Rubric = accept ? rubric!.Trim() : null;
            declaration.ScheduledMoveDate = accept ? options.Value.NextTransferDate(Today) : null;
            declaration.DecidedAtUtc = time.GetUtcNow().UtcDateTime;
            audit.Record(db, accept ? "FaDeclaration.Accepted" : "FaDeclaration.Declined", nameof(FaDeclaration), declaration.Id.ToString());
        }, ct);
    }

    public async Task<Refusal?> WithdrawAsync(FaDeclaration declaration, StaffRecord me, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        ArgumentNullException.ThrowIfNull(me);
        if (declaration.StaffRecordId != me.Id || declaration.Status is DeclarationStatus.Declined or DeclarationStatus.Withdrawn)
        {
            return Refusal.Conflict("この宣言は取り下げられません。");
        }

        var person = declaration.Status == DeclarationStatus.Accepted && options.Value.WithdrawalBarsNextSeason
            ? await db.Staff.SingleAsync(s => s.Id == me.Id, ct)
            : null;
        return await MoveAsync(declaration, DeclarationStatus.Withdrawn, () =>
        {
            if (person is not null)
            {
                person.FaBarredUntil = options.Value.NextTransferDate(declaration.ScheduledMoveDate ?? Today);
            }

            audit.Record(db, "FaDeclaration.Withdrawn", nameof(FaDeclaration), declaration.Id.ToString());
        }, ct);
    }

    /// <summary>
    /// Moves a declaration on from the status this request read, with its changes and audit, in one transaction whose
    /// first write is an UPDATE conditional on that status. Copies sent at the same moment (a double tap, two tabs, two
    /// nodes) wait on the row; one moves it and is audited once, the others find the status gone and are told.
    /// </summary>
    private async Task<Refusal?> MoveAsync(FaDeclaration declaration, DeclarationStatus to, Action apply, CancellationToken ct)
    {
        var from = declaration.Status;
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async token =>
        {
            await using var tx = await db.Database.BeginTransactionAsync(token);
            if (await db.Declarations.Where(d => d.Id == declaration.Id && d.Status == from)
                    .ExecuteUpdateAsync(s => s.SetProperty(d => d.Status, to), token) == 0)
            {
                return Refusal.Conflict("この宣言は、ほかの操作ですでに状態が変わっています。ページを開き直して確認してください。");
            }

            declaration.Status = to;
            apply();
            await db.SaveChangesAsync(token);
            await tx.CommitAsync(token);
            return (Refusal?)null;
        }, ct);
    }

    /// <summary>The date from which the target department may score the move.</summary>
    public DateOnly? ScoringOpens(FaDeclaration declaration) =>
        declaration?.ScheduledMoveDate?.AddMonths(options.Value.FaScoringAfterMonths);

    /// <summary>The target department scores the results against the agreed rubric, N months after the move.</summary>
    public async Task<Refusal?> ScoreAsync(FaDeclaration declaration, double targetScore, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        if (declaration.Status != DeclarationStatus.Accepted)
        {
            return Refusal.Conflict("受け入れられた宣言だけを評価できます。");
        }

        if (ScoringOpens(declaration) is { } opens && Today < opens)
        {
            return Refusal.Conflict($"成果の評価は{opens:yyyy年M月d日}から入力できます。");
        }

        declaration.TargetScore = targetScore;
        audit.Record(db, "FaDeclaration.Scored", nameof(FaDeclaration), declaration.Id.ToString(), new { targetScore });
        await db.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>HR calibrates the target's score; bands are then recommended across all calibrated declarations within the quotas.</summary>
    public async Task<Refusal?> CalibrateAsync(FaDeclaration declaration, double calibrated, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        if (declaration.Status != DeclarationStatus.Accepted || declaration.TargetScore is null)
        {
            return Refusal.Conflict("受入れ部署の評価が入力されてから調整してください。");
        }

        declaration.CalibratedScore = calibrated;
        var scored = await db.Declarations.Where(d => d.CalibratedScore != null && d.Id != declaration.Id).ToListAsync(ct);
        scored.Add(declaration);
        var bands = BonusBandRecommender.Recommend([.. scored.Select(d => (d.Id, d.CalibratedScore!.Value))]);
        foreach (var d in scored)
        {
            d.RecommendedBand = bands[d.Id];
        }

        audit.Record(db, "FaDeclaration.Calibrated", nameof(FaDeclaration), declaration.Id.ToString(), new { calibrated });
        await db.SaveChangesAsync(ct);
        return null;
    }

    public static string StatusText(DeclarationStatus status) => status switch
    {
        DeclarationStatus.Submitted => "提出済み（人事課で確認中）",
        DeclarationStatus.Forwarded => "希望先に回付済み",
        DeclarationStatus.Accepted => "受入れ",
        DeclarationStatus.Declined => "見送り",
        _ => "取下げ",
    };
}
