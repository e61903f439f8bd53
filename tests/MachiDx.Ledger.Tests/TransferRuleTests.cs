using MachiDx.Ledger.Tests.Infrastructure;

namespace MachiDx.Ledger.Tests;

/// <summary>Every rule and result code of single-phase transfers, on SQLite.</summary>
public sealed class TransferRuleTests : IAsyncLifetime
{
    private LedgerHarness h = null!;
    private UInt128 issuance;
    private UInt128 wallet;
    private UInt128 merchant;

    public async ValueTask InitializeAsync()
    {
        h = await LedgerHarness.StartAsync(Provider.Sqlite);
        issuance = await h.AccountAsync();
        wallet = await h.WalletAsync();
        merchant = await h.WalletAsync();
        await h.FundAsync(issuance, wallet, 1_000);
    }

    public async ValueTask DisposeAsync() => await h.DisposeAsync();

    [Fact]
    public async Task A_payment_moves_money_and_returns_the_resulting_balances()
    {
        var result = await h.SubmitOneAsync(h.Transfer(wallet, merchant, 300));

        Assert.Equal(TransferResultCode.Ok, result.Code);
        Assert.Equal(300, result.Amount);
        Assert.Equal(700, result.DebitBalance.CreditBalance);
        Assert.Equal(300, result.CreditBalance.CreditBalance);
        Assert.Equal(700, (await h.BalanceAsync(wallet)).Available);
        await h.AssertInvariantsAsync();
    }

    [Fact]
    public async Task A_retry_with_the_same_id_and_fields_returns_the_original_result()
    {
        var payment = h.Transfer(wallet, merchant, 300);
        var first = await h.SubmitOneAsync(payment);
        var retry = await h.SubmitOneAsync(payment);

        Assert.Equal(TransferResultCode.Exists, retry.Code);
        Assert.True(retry.IsSuccess);
        Assert.Equal(first.Timestamp, retry.Timestamp);
        Assert.Equal(300, retry.Amount);
        Assert.Equal(700, (await h.BalanceAsync(wallet)).Available); // applied once
    }

    [Fact]
    public async Task A_retry_after_restart_is_still_recognised()
    {
        var payment = h.Transfer(wallet, merchant, 300);
        await h.SubmitOneAsync(payment);
        await h.RestartAsync();

        Assert.Equal(TransferResultCode.Exists, (await h.SubmitOneAsync(payment)).Code);
        Assert.Equal(TransferResultCode.ExistsWithDifferentFields, (await h.SubmitOneAsync(payment with { Amount = 301 })).Code);
        Assert.Equal(700, (await h.BalanceAsync(wallet)).Available);
    }

    [Fact]
    public async Task The_same_id_twice_in_one_call_is_applied_once()
    {
        var payment = h.Transfer(wallet, merchant, 300);
        var results = await h.SubmitAsync(payment, payment, payment with { Amount = 1 });

        Assert.Equal([TransferResultCode.Ok, TransferResultCode.Exists, TransferResultCode.ExistsWithDifferentFields], results.Select(r => r.Code));
        Assert.Equal(700, (await h.BalanceAsync(wallet)).Available);
    }

    [Fact]
    public async Task A_wallet_cannot_spend_more_than_it_has()
    {
        var result = await h.SubmitOneAsync(h.Transfer(wallet, merchant, 1_001));

        Assert.Equal(TransferResultCode.InsufficientFunds, result.Code);
        Assert.Equal(1_000, (await h.BalanceAsync(wallet)).Available);
    }

    [Fact]
    public async Task An_account_limited_by_its_debits_refuses_credits_beyond_them()
    {
        var budget = await h.AccountAsync(AccountFlags.CreditsMustNotExceedDebits);
        await h.FundAsync(budget, issuance, 100); // budget debited 100: may now receive up to 100

        Assert.Equal(TransferResultCode.ExceedsDebits, (await h.SubmitOneAsync(h.Transfer(issuance, budget, 101))).Code);
        Assert.Equal(TransferResultCode.Ok, (await h.SubmitOneAsync(h.Transfer(issuance, budget, 100))).Code);
    }

    [Theory]
    [InlineData(0, TransferResultCode.AmountMustBePositive)]
    [InlineData(-5, TransferResultCode.AmountMustBePositive)]
    public async Task Amounts_must_be_positive(long amount, TransferResultCode expected) =>
        Assert.Equal(expected, (await h.SubmitOneAsync(h.Transfer(wallet, merchant, amount))).Code);

    [Fact]
    public async Task Field_rules_each_have_their_own_code()
    {
        var ok = h.Transfer(wallet, merchant, 1);
        Assert.Equal(TransferResultCode.IdMustNotBeZero, (await h.SubmitOneAsync(ok with { Id = 0 })).Code);
        Assert.Equal(TransferResultCode.LedgerMustNotBeZero, (await h.SubmitOneAsync(ok with { Ledger = 0 })).Code);
        Assert.Equal(TransferResultCode.CodeMustNotBeZero, (await h.SubmitOneAsync(ok with { Code = 0 })).Code);
        Assert.Equal(TransferResultCode.AccountsMustBeDifferent, (await h.SubmitOneAsync(ok with { CreditAccountId = wallet })).Code);
        Assert.Equal(TransferResultCode.DebitAccountNotFound, (await h.SubmitOneAsync(ok with { DebitAccountId = h.NewId() })).Code);
        Assert.Equal(TransferResultCode.CreditAccountNotFound, (await h.SubmitOneAsync(ok with { CreditAccountId = h.NewId() })).Code);
        Assert.Equal(TransferResultCode.PendingIdMustBeZero, (await h.SubmitOneAsync(ok with { PendingId = h.NewId() })).Code);
        Assert.Equal(TransferResultCode.TimeoutReservedForPendingTransfer, (await h.SubmitOneAsync(ok with { TimeoutSeconds = 5 })).Code);
        Assert.Equal(
            TransferResultCode.FlagsAreMutuallyExclusive,
            (await h.SubmitOneAsync(ok with { Flags = TransferFlags.PostPending | TransferFlags.VoidPending, PendingId = h.NewId() })).Code);
        Assert.Equal(
            TransferResultCode.FlagsAreMutuallyExclusive,
            (await h.SubmitOneAsync(ok with { Flags = TransferFlags.PostPending | TransferFlags.Pending, PendingId = h.NewId() })).Code);
        Assert.Equal(1_000, (await h.BalanceAsync(wallet)).Available);
    }

    [Fact]
    public async Task A_call_spanning_two_ledgers_is_refused_whole()
    {
        var results = await h.SubmitAsync(h.Transfer(wallet, merchant, 1), h.Transfer(wallet, merchant, 1) with { Ledger = h.Ledger + 1 });

        Assert.All(results, r => Assert.Equal(TransferResultCode.LedgerMismatch, r.Code));
    }

    [Fact]
    public async Task Accounts_of_another_ledger_are_not_found()
    {
        var other = new Account(h.NewId(), h.Ledger + 50_000, 1);
        await h.Engine.CreateAccountsAsync(new[] { other });

        Assert.Equal(TransferResultCode.CreditAccountNotFound, (await h.SubmitOneAsync(h.Transfer(wallet, other.Id, 1))).Code);
    }

    [Fact]
    public async Task A_balance_that_would_overflow_is_refused()
    {
        var source = await h.AccountAsync();
        var target = await h.AccountAsync();
        await h.FundAsync(source, target, long.MaxValue - 10);

        Assert.Equal(TransferResultCode.Overflow, (await h.SubmitOneAsync(h.Transfer(source, target, 11))).Code);
        Assert.Equal(TransferResultCode.Ok, (await h.SubmitOneAsync(h.Transfer(source, target, 10))).Code);
    }

    [Fact]
    public async Task Timestamps_strictly_increase_even_when_the_clock_stands_still()
    {
        var results = await h.SubmitAsync(Enumerable.Range(0, 5).Select(_ => h.Transfer(issuance, merchant, 1)).ToArray());
        await h.RestartAsync();
        var later = await h.SubmitOneAsync(h.Transfer(issuance, merchant, 1));

        var stamps = results.Select(r => r.Timestamp).Append(later.Timestamp).ToArray();
        Assert.Equal(stamps.Order(), stamps);
        Assert.Equal(stamps.Length, stamps.Distinct().Count());
    }

    [Fact]
    public async Task A_balancing_debit_moves_at_most_what_is_available()
    {
        var sink = await h.AccountAsync();
        var sweep = h.Transfer(wallet, sink, long.MaxValue, TransferFlags.BalancingDebit);

        var result = await h.SubmitOneAsync(sweep);
        var again = await h.SubmitOneAsync(sweep);
        var empty = await h.SubmitOneAsync(h.Transfer(wallet, sink, 5, TransferFlags.BalancingDebit));

        Assert.Equal((TransferResultCode.Ok, 1_000L), (result.Code, result.Amount));
        Assert.Equal((TransferResultCode.Exists, 1_000L), (again.Code, again.Amount));
        Assert.Equal(TransferResultCode.InsufficientFunds, empty.Code);
        Assert.Equal(0, (await h.BalanceAsync(wallet)).Available);
    }

    [Fact]
    public async Task A_balancing_credit_moves_at_most_what_the_credit_account_may_receive()
    {
        var budget = await h.AccountAsync(AccountFlags.CreditsMustNotExceedDebits);
        await h.FundAsync(budget, issuance, 40);

        var result = await h.SubmitOneAsync(h.Transfer(issuance, budget, 100, TransferFlags.BalancingCredit));

        Assert.Equal((TransferResultCode.Ok, 40L), (result.Code, result.Amount));
        Assert.Equal(TransferResultCode.ExceedsDebits, (await h.SubmitOneAsync(h.Transfer(issuance, budget, 100, TransferFlags.BalancingCredit))).Code);
    }
}
