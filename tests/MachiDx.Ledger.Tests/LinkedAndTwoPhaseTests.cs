using MachiDx.Ledger.Tests.Infrastructure;

namespace MachiDx.Ledger.Tests;

/// <summary>Linked chains and two-phase transfers (pending, post, partial post, void, expiry).</summary>
public sealed class LinkedAndTwoPhaseTests : IAsyncLifetime
{
    private LedgerHarness h = null!;
    private UInt128 issuance;
    private UInt128 premiumBudget;
    private UInt128 wallet;
    private UInt128 premiumWallet;
    private UInt128 merchant;

    public async ValueTask InitializeAsync()
    {
        h = await LedgerHarness.StartAsync(Provider.Sqlite);
        issuance = await h.AccountAsync();
        premiumBudget = await h.WalletAsync();
        wallet = await h.WalletAsync();
        premiumWallet = await h.WalletAsync();
        merchant = await h.WalletAsync();
        await h.FundAsync(issuance, premiumBudget, 50);
        await h.FundAsync(issuance, wallet, 1_000);
    }

    public async ValueTask DisposeAsync() => await h.DisposeAsync();

    [Fact]
    public async Task A_charge_with_premium_commits_both_legs_together()
    {
        var results = await h.SubmitAsync(
            h.Transfer(issuance, wallet, 1_000, TransferFlags.Linked),
            h.Transfer(premiumBudget, premiumWallet, 50));

        Assert.All(results, r => Assert.Equal(TransferResultCode.Ok, r.Code));
        Assert.Equal(2_000, (await h.BalanceAsync(wallet)).Available);
        Assert.Equal(50, (await h.BalanceAsync(premiumWallet)).Available);
    }

    [Fact]
    public async Task When_one_leg_fails_the_whole_chain_fails_and_nothing_moves()
    {
        var results = await h.SubmitAsync(
            h.Transfer(issuance, wallet, 1_000, TransferFlags.Linked),
            h.Transfer(premiumBudget, premiumWallet, 51, TransferFlags.Linked), // budget has only 50
            h.Transfer(wallet, merchant, 10),
            h.Transfer(wallet, merchant, 20)); // independent of the chain

        Assert.Equal(
            [TransferResultCode.LinkedEventFailed, TransferResultCode.InsufficientFunds, TransferResultCode.LinkedEventFailed, TransferResultCode.Ok],
            results.Select(r => r.Code));
        Assert.Equal(980, (await h.BalanceAsync(wallet)).Available);
        Assert.Equal(50, (await h.BalanceAsync(premiumBudget)).Available);
        await h.AssertInvariantsAsync();
    }

    [Fact]
    public async Task A_failed_chain_can_be_retried_with_the_same_ids()
    {
        var cashIn = h.Transfer(issuance, wallet, 1_000, TransferFlags.Linked);
        var premium = h.Transfer(premiumBudget, premiumWallet, 60);
        await h.SubmitAsync(cashIn, premium);
        await h.FundAsync(issuance, premiumBudget, 10);

        var retry = await h.SubmitAsync(cashIn, premium);

        Assert.All(retry, r => Assert.Equal(TransferResultCode.Ok, r.Code));
        var again = await h.SubmitAsync(cashIn, premium);
        Assert.All(again, r => Assert.Equal(TransferResultCode.Exists, r.Code));
    }

    [Fact]
    public async Task A_chain_left_open_at_the_end_of_the_call_fails()
    {
        var results = await h.SubmitAsync(h.Transfer(wallet, merchant, 1, TransferFlags.Linked), h.Transfer(wallet, merchant, 1, TransferFlags.Linked));

        Assert.Equal([TransferResultCode.LinkedEventFailed, TransferResultCode.LinkedEventChainOpen], results.Select(r => r.Code));
        Assert.Equal(1_000, (await h.BalanceAsync(wallet)).Available);
    }

    [Fact]
    public async Task A_chain_sees_its_own_earlier_legs()
    {
        // A payment drawn from a fresh charge in the same chain.
        var results = await h.SubmitAsync(h.Transfer(issuance, premiumWallet, 500, TransferFlags.Linked), h.Transfer(premiumWallet, merchant, 500));

        Assert.All(results, r => Assert.Equal(TransferResultCode.Ok, r.Code));
    }

    [Fact]
    public async Task A_pending_transfer_reserves_funds_until_posted()
    {
        var hold = h.Transfer(wallet, merchant, 600, TransferFlags.Pending);
        Assert.Equal(TransferResultCode.Ok, (await h.SubmitOneAsync(hold)).Code);

        var balance = await h.BalanceAsync(wallet);
        Assert.Equal((600L, 400L), (balance.DebitsPending, balance.Available));
        Assert.Equal(TransferResultCode.InsufficientFunds, (await h.SubmitOneAsync(h.Transfer(wallet, merchant, 401))).Code);

        var post = await h.SubmitOneAsync(new Transfer(h.NewId(), 0, 0, 0, h.Ledger, 0, TransferFlags.PostPending, hold.Id));
        Assert.Equal((TransferResultCode.Ok, 600L), (post.Code, post.Amount));
        Assert.Equal(new AccountBalance(0, 600, 0, 1_000), await h.BalanceAsync(wallet));
        Assert.Equal(600, (await h.BalanceAsync(merchant)).Available);
        await h.AssertInvariantsAsync();
    }

    [Fact]
    public async Task A_partial_post_releases_the_rest()
    {
        var hold = h.Transfer(wallet, merchant, 600, TransferFlags.Pending);
        await h.SubmitOneAsync(hold);

        var post = await h.SubmitOneAsync(new Transfer(h.NewId(), wallet, merchant, 250, h.Ledger, 10, TransferFlags.PostPending, hold.Id));

        Assert.Equal((TransferResultCode.Ok, 250L), (post.Code, post.Amount));
        Assert.Equal(750, (await h.BalanceAsync(wallet)).Available);
        Assert.Equal(new AccountBalance(0, 0, 0, 250), await h.BalanceAsync(merchant));
    }

    [Fact]
    public async Task A_void_releases_everything()
    {
        var hold = h.Transfer(wallet, merchant, 600, TransferFlags.Pending);
        await h.SubmitOneAsync(hold);

        var voided = await h.SubmitOneAsync(new Transfer(h.NewId(), 0, 0, 0, h.Ledger, 0, TransferFlags.VoidPending, hold.Id));

        Assert.Equal(TransferResultCode.Ok, voided.Code);
        Assert.Equal(new AccountBalance(0, 0, 0, 1_000), await h.BalanceAsync(wallet));
    }

    [Fact]
    public async Task A_resolved_pending_transfer_cannot_be_resolved_again()
    {
        var posted = h.Transfer(wallet, merchant, 100, TransferFlags.Pending);
        var voided = h.Transfer(wallet, merchant, 100, TransferFlags.Pending);
        await h.SubmitAsync(posted, voided);
        await h.SubmitAsync(Post(posted.Id), Void(voided.Id));
        await h.RestartAsync(); // the statuses survive a restart

        Assert.Equal(TransferResultCode.PendingTransferAlreadyPosted, (await h.SubmitOneAsync(Void(posted.Id))).Code);
        Assert.Equal(TransferResultCode.PendingTransferAlreadyVoided, (await h.SubmitOneAsync(Post(voided.Id))).Code);
    }

    [Fact]
    public async Task A_pending_transfer_expires_after_its_timeout()
    {
        var hold = h.Transfer(wallet, merchant, 600, TransferFlags.Pending) with { TimeoutSeconds = 60 };
        await h.SubmitOneAsync(hold);

        h.Time.Advance(TimeSpan.FromSeconds(59));
        Assert.Equal(400, (await h.BalanceAsync(wallet)).Available);
        h.Time.Advance(TimeSpan.FromSeconds(2));
        var post = await h.SubmitOneAsync(Post(hold.Id));

        Assert.Equal(TransferResultCode.PendingTransferExpired, post.Code);
        Assert.Equal(1_000, (await h.BalanceAsync(wallet)).Available);
        await h.RestartAsync();
        Assert.Equal(TransferResultCode.PendingTransferExpired, (await h.SubmitOneAsync(Post(hold.Id))).Code);
        Assert.Equal(1_000, (await h.BalanceAsync(wallet)).Available);
        await h.AssertInvariantsAsync();
    }

    [Fact]
    public async Task Two_phase_refusals_have_their_own_codes()
    {
        var hold = h.Transfer(wallet, merchant, 100, TransferFlags.Pending);
        var plain = h.Transfer(wallet, merchant, 1);
        await h.SubmitAsync(hold, plain);

        Assert.Equal(TransferResultCode.PendingIdMustNotBeZero, (await h.SubmitOneAsync(Post(0))).Code);
        Assert.Equal(TransferResultCode.PendingTransferNotFound, (await h.SubmitOneAsync(Post(h.NewId()))).Code);
        Assert.Equal(TransferResultCode.PendingTransferNotPending, (await h.SubmitOneAsync(Post(plain.Id))).Code);
        Assert.Equal(TransferResultCode.ExceedsPendingAmount, (await h.SubmitOneAsync(Post(hold.Id) with { Amount = 101 })).Code);
        Assert.Equal(TransferResultCode.PendingTransferHasDifferentAmount, (await h.SubmitOneAsync(Void(hold.Id) with { Amount = 99 })).Code);
        Assert.Equal(TransferResultCode.PendingTransferHasDifferentFields, (await h.SubmitOneAsync(Post(hold.Id) with { DebitAccountId = issuance })).Code);
        Assert.Equal(TransferResultCode.PendingTransferHasDifferentFields, (await h.SubmitOneAsync(Post(hold.Id) with { Code = 99 })).Code);
        Assert.Equal(TransferResultCode.TimeoutReservedForPendingTransfer, (await h.SubmitOneAsync(Post(hold.Id) with { TimeoutSeconds = 1 })).Code);
        Assert.Equal(TransferResultCode.AmountMustBePositive, (await h.SubmitOneAsync(Post(hold.Id) with { Amount = -1 })).Code);
        Assert.Equal(TransferResultCode.FlagsAreMutuallyExclusive, (await h.SubmitOneAsync(Post(hold.Id) with { Flags = TransferFlags.PostPending | TransferFlags.BalancingDebit })).Code);
    }

    [Fact]
    public async Task A_post_retried_with_the_same_id_is_recognised()
    {
        var hold = h.Transfer(wallet, merchant, 100, TransferFlags.Pending);
        await h.SubmitOneAsync(hold);
        var post = Post(hold.Id);

        Assert.Equal(TransferResultCode.Ok, (await h.SubmitOneAsync(post)).Code);
        Assert.Equal(TransferResultCode.Exists, (await h.SubmitOneAsync(post)).Code);
        Assert.Equal(TransferResultCode.ExistsWithDifferentFields, (await h.SubmitOneAsync(post with { Amount = 5 })).Code);
    }

    [Fact]
    public async Task A_chain_can_post_a_pending_transfer_it_created()
    {
        var hold = h.Transfer(wallet, merchant, 100, TransferFlags.Pending | TransferFlags.Linked);
        var results = await h.SubmitAsync(hold, Post(hold.Id) with { Flags = TransferFlags.PostPending | TransferFlags.Linked }, h.Transfer(wallet, merchant, 5_000));

        Assert.Equal([TransferResultCode.LinkedEventFailed, TransferResultCode.LinkedEventFailed, TransferResultCode.InsufficientFunds], results.Select(r => r.Code));
        Assert.Equal(TransferResultCode.PendingTransferNotFound, (await h.SubmitOneAsync(Post(hold.Id))).Code);
        Assert.Equal(new AccountBalance(0, 0, 0, 1_000), await h.BalanceAsync(wallet));
    }

    private Transfer Post(UInt128 pendingId) => new(h.NewId(), 0, 0, 0, h.Ledger, 0, TransferFlags.PostPending, pendingId);

    private Transfer Void(UInt128 pendingId) => new(h.NewId(), 0, 0, 0, h.Ledger, 0, TransferFlags.VoidPending, pendingId);
}
