using System.Globalization;
using MachiDx.Ledger;
using MachiDx.Ledger.CrashWorker;

// MachiDx.Ledger.CrashWorker — the child process of the kill -9 tests, and the invariant checker as a command.
//   run   <sqlite|postgres> <connection-string> <ledger> <ack-file> <seed>   load until killed (30 s at most)
//   check <sqlite|postgres> <connection-string> <ledger>                     verify the invariants, exit 1 if broken
if (args.Length < 4)
{
    Console.Error.WriteLine("usage: run <sqlite|postgres> <connection-string> <ledger> <ack-file> <seed> | check <sqlite|postgres> <connection-string> <ledger>");
    return 2;
}

var engine = args[1] == "postgres" ? LedgerEngine.ForPostgres(args[2]) : LedgerEngine.ForSqlite(args[2]);
uint ledger = uint.Parse(args[3], CultureInfo.InvariantCulture);
switch (args[0])
{
    case "run":
        await CrashLoad.RunAsync(engine, ledger, args[4], int.Parse(args[5], CultureInfo.InvariantCulture), TimeSpan.FromSeconds(30));
        await engine.DisposeAsync();
        return 0;
    case "check":
        var report = await engine.CheckInvariantsAsync(ledger);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ledger {report.Ledger}: {report.Accounts} accounts, {report.Transfers} transfers, {report.TotalPosted} posted"));
        foreach (string violation in report.Violations)
        {
            Console.WriteLine("VIOLATION " + violation);
        }

        await engine.DisposeAsync();
        return report.IsValid ? 0 : 1;
    default:
        Console.Error.WriteLine($"unknown command {args[0]}");
        return 2;
}
