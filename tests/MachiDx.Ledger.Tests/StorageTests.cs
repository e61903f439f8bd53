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

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_checkpoint_pass_stored_in_parts_rebuilds_the_same_balances_after_a_crash(Provider provider)
    {
        bool crashAfterCommit = false;
        var options = new LedgerEngineOptions
        {
            CheckpointInterval = TimeSpan.FromSeconds(10),
            FaultInjector = (_, afterCommit) =>
            {
                if (afterCommit && crashAfterCommit)
                {
                    crashAfterCommit = false;
                    throw new IOException("simulated writer crash after the commit");
                }
            },
        };
        await using var h = await LedgerHarness.StartAsync(provider, postgres, options);
        var source = await h.AccountAsync();
        var wallets = new List<UInt128>();
        for (int i = 0; i < 40; i++)
        {
            wallets.Add(await h.WalletAsync());
            await h.FundAsync(source, wallets[i], 100);
        }

        h.Time.Advance(TimeSpan.FromSeconds(10));
        await h.FundAsync(source, wallets[0], 1); // the first pass begins with the 41 changed accounts: 1 stored
        var started = h.Engine.CheckpointPass(h.Ledger)!.Value;
        Assert.Equal((41, 1), (started.Length, started.Stored));
        long floor = started.Checkpoint;

        h.Time.Advance(TimeSpan.FromSeconds(4));
        await h.FundAsync(source, wallets[39], 1); // 40% of the pass stored
        var hold = h.Transfer(wallets[30], wallets[1], 30, TransferFlags.Pending) with { TimeoutSeconds = 2 };
        var held = h.Transfer(wallets[2], wallets[38], 20, TransferFlags.Pending) with { TimeoutSeconds = 3_600 };
        await h.SubmitAsync(h.Transfer(wallets[0], wallets[35], 10), hold, held); // stored and not yet stored accounts
        h.Time.Advance(TimeSpan.FromSeconds(3));
        await h.SubmitOneAsync(Post(h, held.Id) with { Amount = 15 }); // `hold` expires first; 70% stored

        var middle = h.Engine.CheckpointPass(h.Ledger)!.Value;
        Assert.InRange(middle.Stored, 20, 40);
        Assert.Equal(floor, middle.Checkpoint); // the checkpoint moves only when the pass ends
        await h.AssertInvariantsAsync(); // rows stored at different times plus the tail add up to the full replay

        crashAfterCommit = true;
        await Assert.ThrowsAsync<LedgerStorageException>(() => h.SubmitAsync(h.Transfer(source, wallets[6], 1)));
        var expected = new Dictionary<UInt128, AccountBalance>();
        foreach (var wallet in wallets)
        {
            expected[wallet] = new AccountBalance(0, 0, 0, 100);
        }

        void Change(int index, Func<AccountBalance, AccountBalance> change) => expected[wallets[index]] = change(expected[wallets[index]]);
        Change(0, b => b with { CreditsPosted = 101, DebitsPosted = 10 });
        Change(39, b => b with { CreditsPosted = 101 });
        Change(35, b => b with { CreditsPosted = 110 });
        Change(2, b => b with { DebitsPosted = 15 });
        Change(38, b => b with { CreditsPosted = 115 });
        Change(6, b => b with { CreditsPosted = 101 }); // committed before the crash: durable although its caller saw an error

        // The writer rebuilt its balances from the half-stored pass after the crash.
        foreach (var wallet in wallets)
        {
            Assert.Equal(expected[wallet], await h.BalanceAsync(wallet));
        }

        Assert.Equal(TransferResultCode.PendingTransferExpired, (await h.SubmitOneAsync(Post(h, hold.Id))).Code);
        // The rebuilt writer starts a new pass over the accounts its rows do not hold; the checkpoint moves when it ends.
        h.Time.Advance(TimeSpan.FromSeconds(10));
        await h.FundAsync(source, wallets[7], 1);
        Assert.Equal(floor, h.Engine.CheckpointPass(h.Ledger)!.Value.Checkpoint);
        h.Time.Advance(TimeSpan.FromSeconds(10));
        await h.FundAsync(source, wallets[8], 1);
        Assert.True(h.Engine.CheckpointPass(h.Ledger)!.Value.Checkpoint > floor);
        await h.RestartAsync();
        Change(7, b => b with { CreditsPosted = 101 });
        Change(8, b => b with { CreditsPosted = 101 });
        foreach (var wallet in wallets)
        {
            Assert.Equal(expected[wallet], await h.BalanceAsync(wallet));
        }

        await h.AssertInvariantsAsync();
    }

    private static Transfer Post(LedgerHarness h, UInt128 pendingId) => new(h.NewId(), 0, 0, 0, h.Ledger, 0, TransferFlags.PostPending, pendingId);
}
