using System.Globalization;
using System.Runtime;
using System.Runtime.InteropServices;

namespace MachiDx.Wallet.Bench;

/// <summary>What the report says about the machine and the other work on it.</summary>
internal static class Machine
{
    public static string Describe()
    {
        string os = ReadLine("/etc/os-release", "PRETTY_NAME=")?.Trim('"') ?? RuntimeInformation.OSDescription;
        string cpu = ReadLine("/proc/cpuinfo", "model name")?.Split(':', 2)[1].Trim() ?? RuntimeInformation.ProcessArchitecture.ToString();
        return string.Create(CultureInfo.InvariantCulture,
            $"{Environment.ProcessorCount} cores ({cpu}), {os}, {RuntimeInformation.FrameworkDescription}, {(GCSettings.IsServerGC ? "server" : "workstation")} GC");
    }

    /// <summary>Load average and the share of time some runnable task waited for a CPU (pressure stall information).</summary>
    public static string Load()
    {
        string load = File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";
        string? pressure = ReadLine("/proc/pressure/cpu", "some");
        string avg60 = pressure?.Split(' ').FirstOrDefault(p => p.StartsWith("avg60=", StringComparison.Ordinal))?[6..] ?? "?";
        return $"load average {load}, CPU pressure avg60 {avg60}%";
    }

    private static string? ReadLine(string path, string prefix)
    {
        try
        {
            return File.Exists(path)
                ? File.ReadLines(path).FirstOrDefault(l => l.StartsWith(prefix, StringComparison.Ordinal)) is { } line
                    ? prefix.EndsWith('=') ? line[prefix.Length..] : line
                    : null
                : null;
        }
        catch (IOException)
        {
            return null;
        }
    }
}
