using MachiDx.Ledger.Tests.Infrastructure;

namespace MachiDx.Ledger.Tests;

/// <summary>The writer: back-pressure, crashes around the commit, draining at shutdown, one writer per ledger.</summary>
public sealed class EngineTests(PostgresDatabase postgres)
{
    public static TheoryData<Provider> Providers => [Provider.Sqlite, Provider.Postgres];

    [Fact]
    public async Task A_full_queue_answers_busy_instead_of_growing()
    {
        using var gate = new ManualResetEventSlim(false);
        var stuck = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        bool hold = false;
        var options = new LedgerEngineOptions
        {
            MaxQueuedTransfers = 10,
            FaultInjector = (_, after) =>
            {
                if (!after && Volatile.Read(ref hold))
                {
                    stuck.TrySetResult();
                    gate.Wait(TimeSpan.FromSeconds(30));
                }
            },
        };
        await using var h = await LedgerHarness.StartAsync(Provider.Sqlite, options: options);
        var source = await h.AccountAsync();
        var target = await h.AccountAsync();

        Volatile.Write(ref hold, true);
        var blocked = h.SubmitOneAsync(h.Transfer(source, target, 1));
        await stuck.Task.WaitAsync(TimeSpan.FromSeconds(30)); // the writer is now stuck in the commit of `blocked`
        var queued = h.SubmitAsync(Enumerable.Range(0, 10).Select(_ => h.Transfer(source, target, 1)).ToArray());
        var refused = await h.SubmitOneAsync(h.Transfer(source, target, 1));
        Volatile.Write(ref hold, false);
        gate.Set();

        Assert.Equal(TransferResultCode.Busy, refused.Code);
        Assert.Equal(TransferResultCode.Ok, (await blocked).Code);
        Assert.All(await queued, r => Assert.Equal(TransferResultCode.Ok, r.Code));
        Assert.Equal(11, (await h.BalanceAsync(target)).CreditsPosted);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_writer_crash_around_the_commit_loses_nothing_and_doubles_nothing(bool afterCommit)
    {
        int crashes = 0;
        var options = new LedgerEngineOptions
        {
            FaultInjector = (batch, after) =>
            {
                if (after == afterCommit && batch.Transfers.Count > 0 && Interlocked.Exchange(ref crashes, 1) == 0)
                {
                    throw new IOException("simulated crash");
                }
            },
        };
        await using var h = await LedgerHarness.StartAsync(Provider.Sqlite, options: options);
        var source = await h.AccountAsync();
        var wallet = await h.WalletAsync();
        var payment = h.Transfer(source, wallet, 100);

        var error = await Assert.ThrowsAsync<LedgerStorageException>(() => h.SubmitOneAsync(payment));
        Assert.Contains("simulated crash", error.InnerException!.Message, StringComparison.Ordinal);
        var retry = await h.SubmitOneAsync(payment);

        Assert.Equal(afterCommit ? TransferResultCode.Exists : TransferResultCode.Ok, retry.Code);
        Assert.Equal(100, (await h.BalanceAsync(wallet)).Available);
        await h.AssertInvariantsAsync();
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Shutdown_answers_every_queued_call_and_keeps_its_transfers(Provider provider)
    {
        await using var h = await LedgerHarness.StartAsync(provider, postgres);
        var source = await h.AccountAsync();
        var wallet = await h.WalletAsync();
        var calls = Enumerable.Range(0, 200).Select(_ => h.SubmitOneAsync(h.Transfer(source, wallet, 1))).ToList();

        await h.Engine.DisposeAsync();

        foreach (var call in calls)
        {
            Assert.Equal(TransferResultCode.Ok, (await call).Code);
        }

        await Assert.ThrowsAsync<ObjectDisposedException>(() => h.SubmitOneAsync(h.Transfer(source, wallet, 1)));
        await h.RestartAsync();
        Assert.Equal(200, (await h.BalanceAsync(wallet)).Available);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Only_one_engine_instance_writes_a_ledger(Provider provider)
    {
        await using var h = await LedgerHarness.StartAsync(provider, postgres);
        var source = await h.AccountAsync();
        var wallet = await h.WalletAsync();
        await h.FundAsync(source, wallet, 10);

        await using (var second = h.NewEngine())
        {
            Assert.False(await second.OpenLedgerAsync(h.Ledger));
            var refused = await second.SubmitAsync(new[] { h.Transfer(source, wallet, 1) });
            Assert.Equal(TransferResultCode.LedgerOwnedByAnotherWriter, refused[0].Code);
            var accounts = await second.CreateAccountsAsync(new[] { new Account(h.NewId(), h.Ledger, 1) });
            Assert.Equal(AccountResultCode.LedgerOwnedByAnotherWriter, accounts[0].Code);

            // Reads still work on the other instance, straight from the database.
            var entry = (await second.GetBalancesAsync(h.Ledger, new[] { wallet }))[0];
            Assert.Equal(10, entry!.Value.Balance.Available);

            // When the writer goes away, the other instance takes over on its next call.
            await h.Engine.DisposeAsync();
            var taken = await second.SubmitAsync(new[] { h.Transfer(source, wallet, 5) });
            Assert.Equal(TransferResultCode.Ok, taken[0].Code);
            Assert.Equal(15, (await second.GetBalancesAsync(h.Ledger, new[] { wallet }))[0]!.Value.Balance.Available);
        }

        await h.RestartAsync();
        Assert.Equal(15, (await h.BalanceAsync(wallet)).Available);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Many_concurrent_spenders_never_overdraw_one_wallet(Provider provider)
    {
        await using var h = await LedgerHarness.StartAsync(provider, postgres);
        var source = await h.AccountAsync();
        var wallet = await h.WalletAsync();
        var merchant = await h.WalletAsync();
        await h.FundAsync(source, wallet, 5_000);

        long spent = 0;
        await Parallel.ForEachAsync(Enumerable.Range(0, 64), new ParallelOptions { MaxDegreeOfParallelism = 64 }, async (caller, _) =>
        {
            var random = new Random(caller);
            for (int i = 0; i < 25; i++)
            {
                long amount = random.Next(1, 20);
                var result = await h.SubmitOneAsync(h.Transfer(wallet, merchant, amount));
                if (result.Code == TransferResultCode.Ok)
                {
                    Interlocked.Add(ref spent, amount);
                    Assert.True(result.DebitBalance.Available >= 0);
                }
                else
                {
                    Assert.Equal(TransferResultCode.InsufficientFunds, result.Code);
                }
            }
        });

        var balance = await h.BalanceAsync(wallet);
        Assert.Equal(5_000 - spent, balance.Available);
        Assert.True(balance.Available >= 0);
        Assert.True(spent > 4_900, $"spent {spent}: the wallet should be drained to the last few yen");
        await h.AssertInvariantsAsync();
    }
}
