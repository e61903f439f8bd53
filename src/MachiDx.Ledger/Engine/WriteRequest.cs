namespace MachiDx.Ledger.Engine;

/// <summary>One caller's call waiting in a writer's queue: either transfers or accounts.</summary>
internal sealed class WriteRequest
{
    private WriteRequest(ReadOnlyMemory<Transfer> transfers, ReadOnlyMemory<Account> accounts)
    {
        Transfers = transfers;
        Accounts = accounts;
        TransferResults = transfers.IsEmpty ? [] : new TransferResult[transfers.Length];
        AccountResults = accounts.IsEmpty ? [] : new AccountResult[accounts.Length];
    }

    public ReadOnlyMemory<Transfer> Transfers { get; }

    public ReadOnlyMemory<Account> Accounts { get; }

    public TransferResult[] TransferResults { get; }

    public AccountResult[] AccountResults { get; }

    public bool IsAccounts => !Accounts.IsEmpty;

    public int Size => Transfers.Length + Accounts.Length;

    /// <summary>Completed once the batch holding this request is durably committed (or has failed).</summary>
    public TaskCompletionSource Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public static WriteRequest ForTransfers(ReadOnlyMemory<Transfer> transfers) => new(transfers, default);

    public static WriteRequest ForAccounts(ReadOnlyMemory<Account> accounts) => new(default, accounts);

    /// <summary>Answers every item with the same refusal without touching the ledger.</summary>
    public void Refuse(TransferResultCode transferCode, AccountResultCode accountCode)
    {
        Array.Fill(TransferResults, new TransferResult(transferCode));
        Array.Fill(AccountResults, new AccountResult(accountCode));
        Completion.TrySetResult();
    }
}
