using System.Globalization;
using System.Text;

namespace MachiDx.Ledger.CrashWorker;

/// <summary>
/// The transfers the engine acknowledged, one line each, written straight to the file (no user-space buffer), so a
/// line written before SIGKILL is in the file afterwards. A torn last line is ignored when reading.
/// </summary>
public sealed class AckLog : IDisposable
{
    private readonly FileStream stream;
    private readonly Lock gate = new();

    public AckLog(string path)
    {
        stream = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite, bufferSize: 0);
    }

    /// <summary>Records one acknowledged call (a single transfer or a whole linked chain) in one write.</summary>
    public void Append(ReadOnlySpan<Transfer> call)
    {
        var line = new StringBuilder();
        foreach (ref readonly var t in call)
        {
            line.Append(line.Length == 0 ? string.Empty : ";").Append(CultureInfo.InvariantCulture,
                $"{t.Id:X} {t.DebitAccountId:X} {t.CreditAccountId:X} {t.Amount} {t.Ledger} {t.Code} {(int)t.Flags} {t.PendingId:X} {t.TimeoutSeconds}");
        }

        var bytes = Encoding.ASCII.GetBytes(line.Append('\n').ToString());
        lock (gate)
        {
            stream.Write(bytes);
        }
    }

    /// <summary>The acknowledged calls; a torn last line (the writer was killed mid-write) is ignored.</summary>
    public static List<Transfer[]> Read(string path)
    {
        var calls = new List<Transfer[]>();
        if (!File.Exists(path))
        {
            return calls;
        }

        string text = File.ReadAllText(path);
        foreach (string line in text[..(text.LastIndexOf('\n') + 1)].Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            calls.Add(line.Split(';').Select(Parse).ToArray());
        }

        return calls;
    }

    private static Transfer Parse(string item)
    {
        string[] f = item.Split(' ');
        return new Transfer(
            Hex(f[0]), Hex(f[1]), Hex(f[2]), long.Parse(f[3], CultureInfo.InvariantCulture), uint.Parse(f[4], CultureInfo.InvariantCulture),
            ushort.Parse(f[5], CultureInfo.InvariantCulture), (TransferFlags)int.Parse(f[6], CultureInfo.InvariantCulture), Hex(f[7]), uint.Parse(f[8], CultureInfo.InvariantCulture));
    }

    public void Dispose() => stream.Dispose();

    private static UInt128 Hex(string s) => UInt128.Parse(s, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
}
