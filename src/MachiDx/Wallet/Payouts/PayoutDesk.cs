using System.Globalization;
using MachiDx.Ledger;
using MachiDx.Platform;
using MachiDx.Platform.Audit;
using MachiDx.Platform.Rules;
using MachiDx.Platform.Tenancy;
using MachiDx.Wallet.Accounts;
using MachiDx.Wallet.Data;
using MachiDx.Wallet.Merchants;
using MachiDx.Wallet.Payouts.Zengin;
using Microsoft.EntityFrameworkCore;

namespace MachiDx.Wallet.Payouts;

/// <summary>
/// Payout runs (換金). A run reserves each shop's unpaid sales as two-phase ledger transfers (net to payout clearing,
/// fee to the city's fee income), produces the 全銀協 総合振込 file, and posts the reservations when the treasurer
/// confirms that the bank accepted it, or voids them when it was rejected. The ledger is written before the run's
/// rows: a crash in between leaves reservations that time out and return to the shop, never money lost.
/// </summary>
public sealed class PayoutDesk(WalletDbContext db, WalletDirectory directory, ILedger ledger, AuditTrail audit, TenantContext tenant, TimeProvider time)
{
    /// <summary>Unconfirmed reservations return to the shops after this long.</summary>
    public const uint ReservationSeconds = 14 * 24 * 3600;

    public async Task<PayoutRun> CreateRunAsync(DateOnly transferDate, string createdBy, Func<long, long, Task> progress, CancellationToken ct, bool skipEmpty = false)
    {
        ArgumentNullException.ThrowIfNull(progress);
        var city = tenant.Required;
        var ledgerId = WalletLedgerIds.Ledger(city.Id);
        var run = new PayoutRun
        {
            Id = Guid.CreateVersion7(),
            MunicipalityId = city.Id,
            TransferDate = transferDate,
            Status = PayoutRunStatus.Held,
            CreatedBy = createdBy,
            CreatedAtUtc = time.GetUtcNow().UtcDateTime,
        };
        var shops = await db.Merchants.AsNoTracking().Where(m => m.Status == MerchantStatus.Approved).OrderBy(m => m.ShopCode).ToListAsync(ct);
        var lines = new List<PayoutLine>();
        var balances = await ledger.GetBalancesAsync(ledgerId, shops.Select(s => WalletLedgerIds.Merchant(city.Id, s.Id)).ToArray(), ct);
        for (var i = 0; i < shops.Count; i++)
        {
            var shop = shops[i];
            var available = balances[i]?.Balance.Available ?? 0;
            if (available > 0)
            {
                var feePercent = Merchant.FeePercent(shop.Class);
                var fee = (long)Math.Floor(available * feePercent / 100m);
                var line = new PayoutLine
                {
                    Id = Guid.CreateVersion7(),
                    MunicipalityId = city.Id,
                    RunId = run.Id,
                    MerchantId = shop.Id,
                    MerchantName = shop.Name,
                    BankCode = shop.BankCode,
                    BranchCode = shop.BranchCode,
                    AccountType = (int)shop.AccountType,
                    AccountNumber = shop.AccountNumber,
                    AccountHolderKana = shop.AccountHolderKana,
                    GrossYen = available,
                    FeePercent = feePercent,
                    FeeYen = fee,
                    NetYen = available - fee,
                };
                if ((await ledger.SubmitAsync(Reservations(city.Id, line), ct)).All(r => r.IsSuccess))
                {
                    lines.Add(line);
                }
            }

            await progress(i + 1, shops.Count);
        }

        run.Count = lines.Count;
        if (skipEmpty && lines.Count == 0)
        {
            return run;
        }

        run.GrossYen = lines.Sum(l => l.GrossYen);
        run.FeeYen = lines.Sum(l => l.FeeYen);
        run.NetYen = lines.Sum(l => l.NetYen);
        db.PayoutRuns.Add(run);
        db.PayoutLines.AddRange(lines);
        audit.Record(db, "wallet.payout.create", "payout-run", run.Id.ToString(),
            string.Create(CultureInfo.InvariantCulture, $"{run.Count}件 総額{run.GrossYen}円 手数料{run.FeeYen}円 振込{run.NetYen}円 振込日{transferDate:yyyy-MM-dd}"));
        await db.SaveChangesAsync(ct);
        return run;
    }

    /// <summary>
    /// The city's payout cycle (毎営業日 / 毎週月曜から / 毎月1日から, JST): creates the cycle's run when none was made since the
    /// cycle began and some shop has sales to pay; the treasurer then downloads its file and confirms it. Null when not due.
    /// </summary>
    public async Task<PayoutRun?> CreateDueRunAsync(DateTime nowUtc, CancellationToken ct)
    {
        var settings = await directory.SettingsAsync(tenant.Required, ct);
        var today = DateOnly.FromDateTime(JapanTime.ToJst(nowUtc));
        if (today.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            return null;
        }

        var cycleStart = settings.PayoutCycle switch
        {
            Settings.PayoutCycle.Daily => today,
            Settings.PayoutCycle.Weekly => today.AddDays(-(((int)today.DayOfWeek + 6) % 7)),
            _ => new DateOnly(today.Year, today.Month, 1),
        };
        var since = JapanTime.StartOfDayUtc(cycleStart);
        if (await db.PayoutRuns.AnyAsync(r => r.CreatedAtUtc >= since, ct))
        {
            return null;
        }

        // Every node runs the upkeep: the cycle's claim (its key) lets one of them make the run.
        var claim = new PayoutCycleClaim { MunicipalityId = tenant.Required.Id, CycleStart = cycleStart, ClaimedAtUtc = time.GetUtcNow().UtcDateTime };
        db.PayoutCycleClaims.Add(claim);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return null;
        }

        var run = await CreateRunAsync(NextBusinessDay(), "自動（換金サイクル）", (_, _) => Task.CompletedTask, ct, skipEmpty: true);
        if (run.Count == 0)
        {
            // Nothing to pay yet: a later pass in this cycle may claim it again when shops have sales.
            await db.PayoutCycleClaims.Where(c => c.CycleStart == cycleStart).ExecuteDeleteAsync(ct);
            return null;
        }

        return run;
    }

    /// <summary>The 全銀協 総合振込 file of a run (Shift_JIS, 120-byte records, CRLF).</summary>
    public async Task<byte[]> FileAsync(PayoutRun run, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(run);
        var settings = await directory.SettingsAsync(tenant.Required, ct);
        var lines = await db.PayoutLines.AsNoTracking().Where(l => l.RunId == run.Id && l.NetYen > 0).OrderBy(l => l.MerchantName).ToListAsync(ct);
        var header = new ZenginHeader(settings.PayoutRequesterCode, settings.PayoutRequesterNameKana, run.TransferDate,
            settings.PayoutBankCode, settings.PayoutBankNameKana, settings.PayoutBranchCode, settings.PayoutBranchNameKana,
            ZenginAccountType.Ordinary, settings.PayoutAccountNumber);
        var payees = lines.Select(l => new ZenginPayee(l.BankCode, null, l.BranchCode, null, (ZenginAccountType)l.AccountType, l.AccountNumber,
            l.AccountHolderKana, l.NetYen, CustomerCode1: null)).ToList();
        return ZenginTransferFile.Write(header, payees);
    }

    /// <summary>The bank accepted the file: post every reservation (idempotent).</summary>
    public Task<Refusal?> ConfirmAsync(PayoutRun run, string by, CancellationToken ct) => ResolveAsync(run, by, post: true, ct);

    /// <summary>The bank rejected the file: void every reservation; the sales return to the shops.</summary>
    public Task<Refusal?> RejectAsync(PayoutRun run, string by, CancellationToken ct) => ResolveAsync(run, by, post: false, ct);

    private async Task<Refusal?> ResolveAsync(PayoutRun run, string by, bool post, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (run.Status != PayoutRunStatus.Held)
        {
            return Refusal.Conflict("この換金はすでに処理済みです。");
        }

        var city = tenant.Required;
        var ledgerId = WalletLedgerIds.Ledger(city.Id);
        var flags = post ? TransferFlags.PostPending : TransferFlags.VoidPending;
        foreach (var line in await db.PayoutLines.AsNoTracking().Where(l => l.RunId == run.Id).ToListAsync(ct))
        {
            var lineId = LedgerIds.FromGuid(line.Id);
            var resolutions = Reservations(city.Id, line).Select((p, i) =>
                new Transfer(WalletLedgerIds.Leg(lineId, post ? 10 + i : 20 + i), 0, 0, 0, ledgerId, 0, flags, PendingId: p.Id)).ToArray();
            var results = await ledger.SubmitAsync(resolutions, ct);
            if (results.Any(r => !r.IsSuccess && r.Code is not (TransferResultCode.PendingTransferAlreadyPosted or TransferResultCode.PendingTransferAlreadyVoided)))
            {
                return results.Any(r => r.Code == TransferResultCode.PendingTransferExpired)
                    ? Refusal.Conflict("確保の有効期限（14日）が過ぎたため確定できません。売上は各店舗に戻っています。新しい換金を作成してください。")
                    : Refusal.Busy("台帳への反映に失敗しました。時間をおいてもう一度お試しください（二重には反映されません）。");
            }
        }

        run.Status = post ? PayoutRunStatus.Confirmed : PayoutRunStatus.Rejected;
        run.ResolvedBy = by;
        run.ResolvedAtUtc = time.GetUtcNow().UtcDateTime;
        audit.Record(db, post ? "wallet.payout.confirm" : "wallet.payout.reject", "payout-run", run.Id.ToString(), $"{run.Count}件 {run.NetYen}円");
        await db.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>The next weekday after today (JST), the default 振込指定日.</summary>
    public DateOnly NextBusinessDay()
    {
        var day = JapanTime.Today(time).AddDays(1);
        while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            day = day.AddDays(1);
        }

        return day;
    }

    private static Transfer[] Reservations(int municipalityId, PayoutLine line)
    {
        var ledgerId = WalletLedgerIds.Ledger(municipalityId);
        var lineId = LedgerIds.FromGuid(line.Id);
        var shop = WalletLedgerIds.Merchant(municipalityId, line.MerchantId);
        var list = new List<Transfer>();
        if (line.NetYen > 0)
        {
            list.Add(new Transfer(WalletLedgerIds.Leg(lineId, 0), shop, WalletLedgerIds.SystemAccount(municipalityId, AccountKind.PayoutClearing), line.NetYen,
                ledgerId, (ushort)TransferKind.Payout, TransferFlags.Pending, TimeoutSeconds: ReservationSeconds, Reference: lineId));
        }

        if (line.FeeYen > 0)
        {
            list.Add(new Transfer(WalletLedgerIds.Leg(lineId, 1), shop, WalletLedgerIds.SystemAccount(municipalityId, AccountKind.FeeIncome), line.FeeYen,
                ledgerId, (ushort)TransferKind.PayoutFee, TransferFlags.Pending, TimeoutSeconds: ReservationSeconds, Reference: lineId));
        }

        for (var i = 0; i < list.Count - 1; i++)
        {
            list[i] = list[i] with { Flags = list[i].Flags | TransferFlags.Linked };
        }

        return [.. list];
    }
}
