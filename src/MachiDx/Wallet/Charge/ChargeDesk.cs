using System.Globalization;
using MachiDx.Ledger;
using MachiDx.Platform;
using MachiDx.Platform.Audit;
using MachiDx.Platform.Rules;
using MachiDx.Platform.Tenancy;
using MachiDx.Wallet.Accounts;
using MachiDx.Wallet.Data;
using MachiDx.Wallet.Lots;
using MachiDx.Wallet.Settings;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Wallet.Charge;

/// <summary>What a charge would give, shown before the resident confirms.</summary>
public sealed record ChargePreview(
    long AmountYen,
    Campaign? Campaign,
    int BaseRatePercent,
    TierStanding Tier,
    long PremiumYen,
    IReadOnlyList<string> Errors)
{
    public int RatePercent => Campaign is null ? 0 : BaseRatePercent + Tier.ExtraPercent;
}

/// <summary>The charge (completed, or failed with its reason kept on the record), or why none was made.</summary>
public sealed record ChargeOutcome(ChargeRecord? Charge, Refusal? Refusal, long BalanceAfterYen = 0)
{
    public bool Succeeded => Charge is { Status: ChargeStatus.Completed };

    public string? Error => Refusal?.Message;

    /// <summary>A recorded charge; its failure reason (nothing moved) is its refusal.</summary>
    public static ChargeOutcome Of(ChargeRecord charge, long balanceAfterYen) =>
        new(charge, charge.FailureReason is { } reason ? Refusal.Conflict(reason) : null, balanceAfterYen);
}

/// <summary>
/// Charging (チャージ): limits per charge, per month and per wallet; premium = campaign base rate + the resident's
/// activity tier; one linked ledger chain (cash-in → purchased lot, campaign budget → premium lot), so the premium
/// is paid only with the charge and never beyond the campaign's budget.
/// </summary>
public sealed class ChargeDesk(WalletDbContext db, WalletDirectory directory, WalletBook book, ILedger ledger, ITierPolicy tiers, AuditTrail audit, TimeProvider time)
{
    public async Task<ChargePreview> PreviewAsync(MunicipalityInfo city, Guid residentId, long amountYen, CancellationToken ct)
    {
        var settings = await directory.SettingsAsync(city, ct);
        var now = time.GetUtcNow().UtcDateTime;
        var campaign = await OpenCampaignAsync(city.Id, now, ct);
        var tier = await tiers.StandingAsync(city, residentId, ct);
        var rate = campaign is null ? 0 : campaign.BaseRatePercent + tier.ExtraPercent;
        var premium = campaign is null ? 0 : amountYen * rate / 100;
        if (campaign is { MaxPremiumPerChargeYen: > 0 } c)
        {
            premium = Math.Min(premium, c.MaxPremiumPerChargeYen);
        }

        var errors = new List<string>();
        if (amountYen < settings.MinChargeYen || amountYen > settings.MaxChargeYen)
        {
            errors.Add($"チャージ金額は{settings.MinChargeYen:N0}円から{settings.MaxChargeYen:N0}円の間で入力してください。");
        }
        else
        {
            var monthStart = JapanMonthStartUtc(now);
            var chargedThisMonth = await db.Charges.Where(x => x.ResidentId == residentId && x.Status != ChargeStatus.Failed && x.CreatedAtUtc >= monthStart)
                .SumAsync(x => x.AmountYen, ct);
            if (chargedThisMonth + amountYen > settings.MonthlyChargeLimitYen)
            {
                errors.Add(MonthlyLimitMessage(settings.MonthlyChargeLimitYen, chargedThisMonth));
            }

            var wallet = await book.ViewAsync(city, residentId, reload: false, ct);
            if (wallet.Total + amountYen + premium > settings.BalanceCapYen)
            {
                errors.Add(BalanceCapMessage(settings.BalanceCapYen, wallet.Total));
            }
        }

        return new ChargePreview(amountYen, campaign, campaign?.BaseRatePercent ?? 0, tier, premium, errors);
    }

    /// <summary>
    /// Charges after the money was received (cash at the counter, or a captured online payment). The request key
    /// makes a double submit return the first charge. Refusals change nothing.
    /// </summary>
    public async Task<ChargeOutcome> ChargeAsync(
        MunicipalityInfo city, Guid residentId, long amountYen, long expectedPremiumYen,
        ChargeChannel channel, string channelReference, string requestKey, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(city);
        await book.EnsureCityAsync(city.Id, ct);
        var existing = await db.Charges.AsNoTracking().SingleOrDefaultAsync(c => c.RequestKey == requestKey, ct);
        if (existing is not null)
        {
            return await ReplayAsync(city, residentId, existing, ct);
        }

        // The preview refuses what is already plainly over a limit; the limits themselves are held at commit.
        var preview = await PreviewAsync(city, residentId, amountYen, ct);
        if (preview.Errors.Count > 0)
        {
            return new ChargeOutcome(null, Refusal.Invalid(preview.Errors[0], "amountYen"));
        }

        if (preview.PremiumYen != expectedPremiumYen)
        {
            return new ChargeOutcome(null, Refusal.Conflict(preview.PremiumYen < expectedPremiumYen
                ? $"プレミアムの条件が変わりました（キャンペーンの終了・予算到達など）。いまのプレミアムは{preview.PremiumYen:N0}円です。内容をご確認のうえ、もう一度お手続きください。"
                : "プレミアムの条件が変わりました。内容をご確認のうえ、もう一度お手続きください。"));
        }

        return await CommitAsync(city, residentId, preview, channel, channelReference, requestKey, ct);
    }

    private async Task<ChargeOutcome> CommitAsync(
        MunicipalityInfo city, Guid residentId, ChargePreview preview,
        ChargeChannel channel, string channelReference, string requestKey, CancellationToken ct)
    {
        var settings = await directory.SettingsAsync(city, ct);
        var now = time.GetUtcNow().UtcDateTime;
        var month = JapanMonth(now);
        var (draft, lots) = Draft(city, residentId, preview, channel, channelReference, requestKey, settings, now);
        await book.NewLotAccountsAsync(lots, ct);
        ChargeRecord? charge = null;
        string? refusal = null;
        try
        {
            await db.Database.CreateExecutionStrategy().ExecuteAsync(async token =>
            {
                db.ChangeTracker.Clear();
                (charge, refusal) = (null, null);
                await using var tx = await db.Database.BeginTransactionAsync(token);
                refusal = await ReserveAsync(city, residentId, month, preview, settings, now, token);
                if (refusal is not null)
                {
                    return; // Disposing the transaction rolls the reservation back.
                }

                db.Lots.AddRange(lots);
                db.Charges.Add(draft);
                audit.Record(db, "wallet.charge", "charge", draft.ReceiptNumber,
                    $"{(channel == ChargeChannel.Counter ? "窓口でチャージ" : "オンラインでチャージ")} {preview.AmountYen.ToString(CultureInfo.InvariantCulture)}円 プレミアム{preview.PremiumYen.ToString(CultureInfo.InvariantCulture)}円 ({channelReference})");
                await db.SaveChangesAsync(token);
                await tx.CommitAsync(token);
                charge = draft;
            }, ct);
            directory.InvalidateLots(city.Id, residentId);
        }
        catch (DbUpdateException)
        {
            // The same request key was recorded at the same moment by a double submit; this transaction rolled back.
            db.ChangeTracker.Clear();
            if (await db.Charges.AsNoTracking().SingleOrDefaultAsync(c => c.RequestKey == requestKey, ct) is not { } first)
            {
                throw;
            }

            return await ReplayAsync(city, residentId, first, ct);
        }

        if (charge is null)
        {
            // A limit held at commit (the month's total, the wallet's cap) was reached by another charge meanwhile.
            return new ChargeOutcome(null, Refusal.Conflict(refusal!));
        }

        var results = await SubmitAsync(city.Id, charge, ct);
        if (results.All(r => r.IsSuccess))
        {
            charge.Status = ChargeStatus.Completed;
        }
        else
        {
            charge.Status = ChargeStatus.Failed;
            charge.FailureReason = results.Any(r => r.Code == TransferResultCode.ExceedsDebits || r.Code == TransferResultCode.InsufficientFunds)
                ? "キャンペーンの予算が上限に達したため、プレミアム付きのチャージができませんでした。お金は動いていません。もう一度お手続きいただくと、いまの条件でチャージできます。"
                : "チャージを完了できませんでした。お金は動いていません。時間をおいてもう一度お試しください。";
        }

        await SaveOutcomeAsync(charge, ct);
        return ChargeOutcome.Of(charge, await TotalAsync(city, residentId, ct));
    }

    private async Task<ChargeOutcome> ReplayAsync(MunicipalityInfo city, Guid residentId, ChargeRecord existing, CancellationToken ct)
    {
        if (existing.ResidentId != residentId)
        {
            return new ChargeOutcome(null, Refusal.Conflict("このチャージはすでに処理されています。"));
        }

        if (existing.Status == ChargeStatus.Pending)
        {
            // The same request is being processed at this moment: the chain's ids come from the charge, so submitting it
            // here either finds it done or does it now, never twice. The first request records the status.
            if (!(await SubmitAsync(city.Id, existing, ct)).All(r => r.IsSuccess))
            {
                return new ChargeOutcome(null, Refusal.Busy("このチャージは処理中です。しばらくしてから残高をご確認ください（二重にチャージされることはありません）。"));
            }

            existing.Status = ChargeStatus.Completed;
        }

        return ChargeOutcome.Of(existing, await TotalAsync(city, residentId, ct));
    }

    // Inside the charge's transaction: the monthly limit by a conditional update of the resident's row, which then stays
    // locked until commit, so the balance cap is checked against every other charge of this resident, committed or not
    // yet in the ledger (pending ones are counted). Returns the refusal, or null when the charge may be recorded.
    private async Task<string?> ReserveAsync(MunicipalityInfo city, Guid residentId, int month, ChargePreview preview,
        WalletSettings settings, DateTime nowUtc, CancellationToken ct)
    {
        var municipalityId = city.Id;
        var amount = preview.AmountYen;
        var limit = settings.MonthlyChargeLimitYen;
        if (!await db.ChargeUsage.AnyAsync(u => u.ResidentId == residentId, ct))
        {
            // The resident's first charge since the row existed counts this month's charges recorded before it; every
            // later charge reserves on the row before it is recorded, so that sum is final. The key keeps one row.
            var monthStart = JapanMonthStartUtc(nowUtc);
            var charged = await db.Charges.Where(c => c.ResidentId == residentId && c.Status != ChargeStatus.Failed && c.CreatedAtUtc >= monthStart)
                .SumAsync(c => c.AmountYen, ct);
            await db.Database.ExecuteSqlAsync(db.Database.IsNpgsql()
                ? (FormattableString)$"INSERT INTO wallet.charge_use (\"MunicipalityId\", \"ResidentId\", \"Month\", \"ChargedYen\") VALUES ({municipalityId}, {residentId}, {month}, {charged}) ON CONFLICT DO NOTHING"
                : (FormattableString)$"INSERT OR IGNORE INTO wallet_charge_use (MunicipalityId, ResidentId, Month, ChargedYen) VALUES ({municipalityId}, {residentId.ToString("D", CultureInfo.InvariantCulture).ToUpperInvariant()}, {month}, {charged})", ct);
        }

        if (await db.ChargeUsage.Where(u => u.ResidentId == residentId && (u.Month == month ? u.ChargedYen + amount <= limit : amount <= limit))
                .ExecuteUpdateAsync(s => s
                    .SetProperty(u => u.ChargedYen, u => u.Month == month ? u.ChargedYen + amount : amount)
                    .SetProperty(u => u.Month, month), ct) != 1)
        {
            var used = await db.ChargeUsage.Where(u => u.ResidentId == residentId && u.Month == month).Select(u => (long?)u.ChargedYen).SingleOrDefaultAsync(ct) ?? 0;
            return MonthlyLimitMessage(limit, used);
        }

        var total = (await book.ViewAsync(city, residentId, reload: true, ct)).Total;
        var pending = await db.Charges.Where(c => c.ResidentId == residentId && c.Status == ChargeStatus.Pending).SumAsync(c => c.AmountYen + c.PremiumYen, ct);
        return total + pending + amount + preview.PremiumYen > settings.BalanceCapYen ? BalanceCapMessage(settings.BalanceCapYen, total + pending) : null;
    }

    private static (ChargeRecord Charge, List<Lot> Lots) Draft(
        MunicipalityInfo city, Guid residentId, ChargePreview preview, ChargeChannel channel, string channelReference, string requestKey,
        WalletSettings settings, DateTime now)
    {
        var charge = new ChargeRecord
        {
            Id = Guid.CreateVersion7(),
            MunicipalityId = city.Id,
            ReceiptNumber = NewReceipt(now),
            ResidentId = residentId,
            AmountYen = preview.AmountYen,
            PremiumYen = preview.PremiumYen,
            PremiumRatePercent = preview.RatePercent,
            CampaignId = preview.PremiumYen > 0 ? preview.Campaign?.Id : null,
            Channel = channel,
            ChannelReference = channelReference,
            RequestKey = requestKey,
            Status = ChargeStatus.Pending,
            CreatedAtUtc = now,
        };
        var how = channel == ChargeChannel.Counter ? "窓口でチャージ" : "オンラインでチャージ";
        var lots = new List<Lot> { Lot.Grant(city.Id, residentId, Bucket.Purchased, LotSource.Charge, charge.ReceiptNumber, how, preview.AmountYen, now, settings) };
        if (preview.PremiumYen > 0)
        {
            lots.Add(Lot.Grant(city.Id, residentId, Bucket.Premium, LotSource.Premium, charge.ReceiptNumber,
                $"チャージのプレミアム（{preview.RatePercent}%）", preview.PremiumYen, now, settings));
        }

        charge.PurchasedLotId = lots[0].Id;
        charge.PremiumLotId = lots.Count > 1 ? lots[1].Id : null;
        return (charge, lots);
    }

    // A failed charge gives its reservation back in the same transaction as its status (unless the month has rolled over).
    private async Task SaveOutcomeAsync(ChargeRecord charge, CancellationToken ct)
    {
        if (charge.Status != ChargeStatus.Failed)
        {
            await db.SaveChangesAsync(ct);
            return;
        }

        await db.Database.CreateExecutionStrategy().ExecuteAsync(async token =>
        {
            await using var tx = await db.Database.BeginTransactionAsync(token);
            var month = JapanMonth(charge.CreatedAtUtc);
            await db.ChargeUsage.Where(u => u.ResidentId == charge.ResidentId && u.Month == month)
                .ExecuteUpdateAsync(s => s.SetProperty(u => u.ChargedYen, u => u.ChargedYen - charge.AmountYen), token);
            await db.SaveChangesAsync(token);
            await tx.CommitAsync(token);
        }, ct);
    }

    private static string MonthlyLimitMessage(long limit, long charged) =>
        $"今月のチャージ上限（{limit:N0}円）を超えます。今月はあと{Math.Max(0, limit - charged):N0}円までチャージできます。";

    private static string BalanceCapMessage(long cap, long balance) =>
        $"残高の上限（{cap:N0}円）を超えます。いまの残高は{balance:N0}円です。";

    /// <summary>
    /// Finishes charges left Pending by a crash between recording them and the ledger's answer: resubmitting the same
    /// ids either finds them done (Exists) or applies them now, so the resident gets exactly what the receipt says.
    /// </summary>
    public async Task<int> RecoverPendingAsync(int municipalityId, TimeSpan olderThan, CancellationToken ct)
    {
        var cutoff = time.GetUtcNow().UtcDateTime - olderThan;
        var pending = await db.Charges.Where(c => c.Status == ChargeStatus.Pending && c.CreatedAtUtc < cutoff).Take(500).ToListAsync(ct);
        foreach (var charge in pending)
        {
            var results = await SubmitAsync(municipalityId, charge, ct);
            if (results.All(r => r.IsSuccess))
            {
                charge.Status = ChargeStatus.Completed;
            }
            else if (!results.Any(r => r.Code is TransferResultCode.Busy or TransferResultCode.ShuttingDown or TransferResultCode.LedgerOwnedByAnotherWriter))
            {
                charge.Status = ChargeStatus.Failed;
                charge.FailureReason = "チャージを完了できませんでした。お金は動いていません。窓口にお問い合わせください。";
            }

            await SaveOutcomeAsync(charge, ct);
        }

        return pending.Count;
    }

    /// <summary>(Re)submits a recorded charge's chain; the ids come from the charge, so a resubmission is a no-op.</summary>
    internal async Task<TransferResult[]> SubmitAsync(int municipalityId, ChargeRecord charge, CancellationToken ct)
    {
        var ledgerId = WalletLedgerIds.Ledger(municipalityId);
        var chargeId = LedgerIds.FromGuid(charge.Id);
        var transfers = new List<Transfer>
        {
            new(WalletLedgerIds.Leg(chargeId, 0), WalletLedgerIds.SystemAccount(municipalityId, AccountKind.CashIn), LedgerIds.FromGuid(charge.PurchasedLotId),
                charge.AmountYen, ledgerId, (ushort)TransferKind.Charge, charge.PremiumLotId is null ? TransferFlags.None : TransferFlags.Linked, Reference: chargeId),
        };
        if (charge.PremiumLotId is { } premiumLot && charge.CampaignId is { } campaignId)
        {
            transfers.Add(new(WalletLedgerIds.Leg(chargeId, 1), WalletLedgerIds.CampaignBudget(municipalityId, campaignId), LedgerIds.FromGuid(premiumLot),
                charge.PremiumYen, ledgerId, (ushort)TransferKind.Premium, Reference: chargeId));
        }

        return await ledger.SubmitAsync(transfers.ToArray(), ct);
    }

    public Task<TierStanding> TierAsync(MunicipalityInfo city, Guid residentId, CancellationToken ct) =>
        tiers.StandingAsync(city, residentId, ct);

    public async Task<Campaign?> OpenCampaignAsync(int municipalityId, DateTime nowUtc, CancellationToken ct)
    {
        var open = await db.Campaigns.AsNoTracking()
            .Where(c => c.ClosedAtUtc == null && c.StartsAtUtc <= nowUtc && c.EndsAtUtc > nowUtc)
            .OrderBy(c => c.StartsAtUtc).ToListAsync(ct);
        foreach (var campaign in open)
        {
            if (await BudgetLeftAsync(municipalityId, campaign.Id, ct) > 0)
            {
                return campaign;
            }
        }

        return null;
    }

    /// <summary>The city's campaigns, newest first, with what is left of each budget (one ledger read).</summary>
    public async Task<IReadOnlyList<(Campaign Campaign, long Left)>> CampaignsWithBudgetAsync(int municipalityId, int take, CancellationToken ct)
    {
        var campaigns = await db.Campaigns.AsNoTracking().OrderByDescending(c => c.StartsAtUtc).Take(take).ToListAsync(ct);
        var balances = await ledger.GetBalancesAsync(WalletLedgerIds.Ledger(municipalityId),
            campaigns.Select(c => WalletLedgerIds.CampaignBudget(municipalityId, c.Id)).ToArray(), ct);
        return [.. campaigns.Select((c, i) => (c, balances[i]?.Balance.Available ?? 0))];
    }

    public async Task<long> BudgetLeftAsync(int municipalityId, Guid campaignId, CancellationToken ct)
    {
        var balances = await ledger.GetBalancesAsync(WalletLedgerIds.Ledger(municipalityId), new[] { WalletLedgerIds.CampaignBudget(municipalityId, campaignId) }, ct);
        return balances[0]?.Balance.Available ?? 0;
    }

    private async Task<long> TotalAsync(MunicipalityInfo city, Guid residentId, CancellationToken ct) =>
        (await book.ViewAsync(city, residentId, reload: false, ct)).Total;

    private static DateTime JapanMonthStartUtc(DateTime nowUtc)
    {
        var local = nowUtc.AddHours(9);
        return new DateTime(local.Year, local.Month, 1, 0, 0, 0, DateTimeKind.Utc).AddHours(-9);
    }

    private static int JapanMonth(DateTime utc)
    {
        var local = utc.AddHours(9);
        return (local.Year * 100) + local.Month;
    }

    private static string NewReceipt(DateTime nowUtc) =>
        $"C-{JapanTime.ToJst(nowUtc).ToString("yyyyMMdd", CultureInfo.InvariantCulture)}-{Merchants.RandomCodes.New(6)}";
}
