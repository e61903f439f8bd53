using MachiDx.Ledger.Tests.Infrastructure;

namespace MachiDx.Ledger.Tests;

/// <summary>What must survive a restart, and the queries, on both databases.</summary>
public sealed class StorageTests(PostgresDatabase postgres)
{
    public static TheoryData<Provider> Providers => [Provider.Sqlite, Provider.Postgres];

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Balances_pending_transfers_and_ids_survive_a_restart(Provider provider)
    {
        foreach (var checkpoint in new[] { TimeSpan.Zero, Timeout.InfiniteTimeSpan, TimeSpan.FromSeconds(1) })
        {
            await using var h = await LedgerHarness.StartAsync(provider, postgres, new LedgerEngineOptions { CheckpointInterval = checkpoint });
            var source = await h.AccountAsync();
            var wallet = await h.WalletAsync();
            var merchant = await h.WalletAsync();
            await h.FundAsync(source, wallet, 1_000);
            var hold = h.Transfer(wallet, merchant, 300, TransferFlags.Pending) with { TimeoutSeconds = 3_600 };
            var expiring = h.Transfer(wallet, merchant, 100, TransferFlags.Pending) with { TimeoutSeconds = 10 };
            var payment = h.Transfer(wallet, merchant, 50);
            await h.SubmitAsync(hold, expiring, payment);
            h.Time.Advance(TimeSpan.FromSeconds(11));
            await h.FundAsync(source, merchant, 1); // a batch after the expiry time releases `expiring`
            var before = (await h.BalanceAsync(wallet), await h.BalanceAsync(merchant));

            await h.RestartAsync();

            Assert.Equal(before, (await h.BalanceAsync(wallet), await h.BalanceAsync(merchant)));
            Assert.Equal(new AccountBalance(300, 50, 0, 1_000), before.Item1);
            Assert.Equal(TransferResultCode.Exists, (await h.SubmitOneAsync(payment)).Code);
            Assert.Equal(TransferResultCode.PendingTransferExpired, (await h.SubmitOneAsync(Post(h, expiring.Id))).Code);
            Assert.Equal(TransferResultCode.Ok, (await h.SubmitOneAsync(Post(h, hold.Id) with { Amount = 200 })).Code);
            await h.RestartAsync();
            Assert.Equal(new AccountBalance(0, 250, 0, 1_000), await h.BalanceAsync(wallet));
            await h.AssertInvariantsAsync();
        }
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_accounts_transfers_come_in_pages(Provider provider)
    {
        await using var h = await LedgerHarness.StartAsync(provider, postgres);
        var source = await h.AccountAsync();
        var wallet = await h.AccountAsync();
        var other = await h.AccountAsync();
        var mine = new List<Transfer>();
        for (int i = 0; i < 25; i++)
        {
            var t = i % 2 == 0 ? h.Transfer(source, wallet, i + 1) : h.Transfer(wallet, source, 1);
            mine.Add(t);
            await h.SubmitAsync(t, h.Transfer(source, other, 1));
        }

        var seen = new List<Transfer>();
        long? cursor = null;
        do
        {
            var page = await h.Engine.GetTransfersAsync(h.Ledger, wallet, new TransferQuery(cursor, Limit: 10));
            seen.AddRange(page.Transfers);
            cursor = page.NextCursor;
        }
        while (cursor is not null);

        Assert.Equal(mine.Select(t => t.Id).Reverse(), seen.Select(t => t.Id));
        Assert.Equal(mine[0] with { Timestamp = seen[^1].Timestamp }, seen[^1]);
        var ascending = await h.Engine.GetTransfersAsync(h.Ledger, wallet, new TransferQuery(Limit: 3, Descending: false));
        Assert.Equal(mine.Take(3).Select(t => t.Id), ascending.Transfers.Select(t => t.Id));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_balance_can_be_asked_at_any_point_in_time(Provider provider)
    {
        await using var h = await LedgerHarness.StartAsync(provider, postgres);
        var source = await h.AccountAsync();
        var wallet = await h.WalletAsync();
        var merchant = await h.WalletAsync();
        var funded = await h.SubmitOneAsync(h.Transfer(source, wallet, 1_000));
        var hold = h.Transfer(wallet, merchant, 400, TransferFlags.Pending) with { TimeoutSeconds = 5 };
        var held = await h.SubmitOneAsync(hold);
        var paid = await h.SubmitOneAsync(h.Transfer(wallet, merchant, 100));
        h.Time.Advance(TimeSpan.FromSeconds(6));
        var after = await h.SubmitOneAsync(h.Transfer(source, merchant, 1)); // expiry happens before this one

        Assert.Null(await h.Engine.GetBalanceAtAsync(h.Ledger, wallet, funded.Timestamp - 1_000_000_000));
        Assert.Equal(new AccountBalance(0, 0, 0, 1_000), await h.Engine.GetBalanceAtAsync(h.Ledger, wallet, funded.Timestamp));
        Assert.Equal(new AccountBalance(400, 0, 0, 1_000), await h.Engine.GetBalanceAtAsync(h.Ledger, wallet, held.Timestamp));
        Assert.Equal(new AccountBalance(400, 100, 0, 1_000), await h.Engine.GetBalanceAtAsync(h.Ledger, wallet, paid.Timestamp));
        Assert.Equal(new AccountBalance(0, 100, 0, 1_000), await h.Engine.GetBalanceAtAsync(h.Ledger, wallet, after.Timestamp));
        Assert.Equal(new AccountBalance(0, 0, 400, 100), await h.Engine.GetBalanceAtAsync(h.Ledger, merchant, paid.Timestamp));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_invariant_checker_finds_a_tampered_balance(Provider provider)
    {
        await using var h = await LedgerHarness.StartAsync(provider, postgres, new LedgerEngineOptions { CheckpointInterval = TimeSpan.Zero });
        var source = await h.AccountAsync();
        var wallet = await h.WalletAsync();
        await h.FundAsync(source, wallet, 1_000);
        await h.AssertInvariantsAsync();

        await Tamper.ExecuteAsync(provider, postgres, h, "UPDATE {accounts} SET credits_posted = credits_posted + 1 WHERE ledger = {ledger}");

        var report = await h.Engine.CheckInvariantsAsync(h.Ledger);
        Assert.False(report.IsValid);
        Assert.Contains(report.Violations, v => v.Contains("differs from the sum of its transfers", StringComparison.Ordinal));
    }

    private static Transfer Post(LedgerHarness h, UInt128 pendingId) => new(h.NewId(), 0, 0, 0, h.Ledger, 0, TransferFlags.PostPending, pendingId);
}
