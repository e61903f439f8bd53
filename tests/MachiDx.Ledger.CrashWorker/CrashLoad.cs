namespace MachiDx.Ledger.CrashWorker;

/// <summary>
/// The child process's work: concurrent callers charging, paying, linking and two-phasing on one ledger, recording
/// every acknowledged transfer, until it is killed (or a safety deadline passes).
/// </summary>
public static class CrashLoad
{
    public const int Wallets = 20;

    public static UInt128 Source(uint ledger) => LedgerIds.FromParts("crash", ledger.ToString(System.Globalization.CultureInfo.InvariantCulture), "source");

    public static UInt128 Wallet(uint ledger, int i) => LedgerIds.FromParts("crash", ledger.ToString(System.Globalization.CultureInfo.InvariantCulture), "wallet", i.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public static UInt128 Merchant(uint ledger) => LedgerIds.FromParts("crash", ledger.ToString(System.Globalization.CultureInfo.InvariantCulture), "merchant");

    public static async Task RunAsync(LedgerEngine engine, uint ledger, string ackPath, int seed, TimeSpan deadline)
    {
        await engine.EnsureSchemaAsync();
        var accounts = new List<Account> { new(Source(ledger), ledger, 1), new(Merchant(ledger), ledger, 3, AccountFlags.DebitsMustNotExceedCredits) };
        accounts.AddRange(Enumerable.Range(0, Wallets).Select(i => new Account(Wallet(ledger, i), ledger, 2, AccountFlags.DebitsMustNotExceedCredits)));
        var created = await engine.CreateAccountsAsync(accounts.ToArray());
        if (created.Any(r => !r.IsSuccess))
        {
            throw new InvalidOperationException("accounts: " + string.Join(", ", created.Select(r => r.Code)));
        }

        // Retries of transfers acknowledged before earlier kills must find them exactly as they were.
        var earlier = AckLog.Read(ackPath);
        var random = new Random(seed);
        var sample = earlier.OrderBy(_ => random.Next()).Take(200).ToArray();
        var again = await Task.WhenAll(sample.Select(call => engine.SubmitAsync(call)));
        var mismatches = again.SelectMany(r => r).Where(r => r.Code != TransferResultCode.Exists).Select(r => r.Code).ToList();
        if (mismatches.Count > 0)
        {
            Console.Error.WriteLine("RETRY-MISMATCH " + string.Join(", ", mismatches));
            Environment.Exit(3);
        }

        using var ack = new AckLog(ackPath);
        Console.WriteLine("ready");
        using var stop = new CancellationTokenSource(deadline);
        var callers = Enumerable.Range(0, 16).Select(c => Task.Run(() => CallerAsync(engine, ledger, ack, seed * 100 + c, stop.Token))).ToArray();
        await Task.WhenAll(callers);
    }

    private static async Task CallerAsync(LedgerEngine engine, uint ledger, AckLog ack, int seed, CancellationToken stop)
    {
        var random = new Random(seed);
        while (!stop.IsCancellationRequested)
        {
            var wallet = Wallet(ledger, random.Next(Wallets));
            Transfer[] call = random.Next(4) switch
            {
                0 =>
                [
                    new(LedgerIds.NewTimeOrdered(), Source(ledger), wallet, random.Next(100, 1_000), ledger, 1, TransferFlags.Linked),
                    new(LedgerIds.NewTimeOrdered(), Source(ledger), wallet, random.Next(1, 100), ledger, 2),
                ],
                1 => [new(LedgerIds.NewTimeOrdered(), wallet, Merchant(ledger), random.Next(1, 500), ledger, 4, TransferFlags.Pending, TimeoutSeconds: 1)],
                _ => [new(LedgerIds.NewTimeOrdered(), wallet, Merchant(ledger), random.Next(1, 300), ledger, 4)],
            };

            TransferResult[] results;
            try
            {
                results = await engine.SubmitAsync(call, stop);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            if (results.All(r => r.IsSuccess))
            {
                ack.Append(call);
            }

            if (call[0].Flags.HasFlag(TransferFlags.Pending) && results[0].IsSuccess && random.Next(2) == 0)
            {
                var post = new Transfer(LedgerIds.NewTimeOrdered(), 0, 0, 0, ledger, 0, TransferFlags.PostPending, call[0].Id);
                var posted = await engine.SubmitAsync(new[] { post }, CancellationToken.None);
                if (posted[0].IsSuccess)
                {
                    ack.Append([post]);
                }
            }
        }
    }
}
