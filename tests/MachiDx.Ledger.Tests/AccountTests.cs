using MachiDx.Ledger.Tests.Infrastructure;

namespace MachiDx.Ledger.Tests;

public sealed class AccountTests : IAsyncLifetime
{
    private LedgerHarness h = null!;

    public async ValueTask InitializeAsync() => h = await LedgerHarness.StartAsync(Provider.Sqlite);

    public async ValueTask DisposeAsync() => await h.DisposeAsync();

    [Fact]
    public async Task Creating_accounts_is_idempotent_and_each_refusal_has_its_code()
    {
        var wallet = new Account(h.NewId(), h.Ledger, 1, AccountFlags.DebitsMustNotExceedCredits, Reference: 42);
        var results = await h.Engine.CreateAccountsAsync(new[]
        {
            wallet,
            wallet,
            wallet with { Code = 2 },
            wallet with { Id = 0 },
            wallet with { Id = h.NewId(), Code = 0 },
            wallet with { Id = h.NewId(), Flags = AccountFlags.DebitsMustNotExceedCredits | AccountFlags.CreditsMustNotExceedDebits },
        });

        Assert.Equal(
            [
                AccountResultCode.Ok, AccountResultCode.Exists, AccountResultCode.ExistsWithDifferentFields,
                AccountResultCode.IdMustNotBeZero, AccountResultCode.CodeMustNotBeZero, AccountResultCode.FlagsAreMutuallyExclusive,
            ],
            results.Select(r => r.Code));
        Assert.Equal(results[0].Timestamp, results[1].Timestamp);

        await h.RestartAsync();
        Assert.Equal(AccountResultCode.Exists, (await h.Engine.CreateAccountsAsync(new[] { wallet }))[0].Code);
        var entry = (await h.Engine.GetBalancesAsync(h.Ledger, new[] { wallet.Id, h.NewId() }));
        Assert.Equal(wallet with { Timestamp = results[0].Timestamp }, entry[0]!.Value.Account);
        Assert.Null(entry[1]);
    }

    [Fact]
    public async Task Accounts_of_one_call_must_share_a_nonzero_ledger()
    {
        var a = new Account(h.NewId(), h.Ledger, 1);
        Assert.All(await h.Engine.CreateAccountsAsync(new[] { a, a with { Id = h.NewId(), Ledger = h.Ledger + 1 } }), r => Assert.Equal(AccountResultCode.LedgerMismatch, r.Code));
        Assert.All(await h.Engine.CreateAccountsAsync(new[] { a with { Ledger = 0 } }), r => Assert.Equal(AccountResultCode.LedgerMustNotBeZero, r.Code));
    }
}
