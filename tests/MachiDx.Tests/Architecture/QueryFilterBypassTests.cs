using System.Text.RegularExpressions;

namespace MachiDx.Tests.Architecture;

/// <summary>
/// The tenant query filter is what keeps one city's rows out of another city's pages, so nothing may switch it off
/// except in a named place, each with a comment beside the call saying why. Today there is no such place: platform-wide
/// work (jobs, the outbox, expiry, secondment upkeep, the cross-city DX dashboard) binds each city in turn with
/// <c>TenantContext.Set</c> and reads through the filter. The test scans the source text (src/**/*.cs), so a call in any
/// form (<c>IgnoreQueryFilters()</c>, <c>IgnoreQueryFilters(["tenant"])</c>) is found, whichever type it is on.
/// </summary>
public sealed partial class QueryFilterBypassTests
{
    /// <summary>The comment that must stand on the call's line or on one of the three lines above it.</summary>
    public const string CommentMarker = "// Cross-city:";

    /// <summary>Files (under src/, '/'-separated) allowed to ignore query filters, and why.</summary>
    private static readonly IReadOnlyDictionary<string, string> Allowed = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        // Example of an entry: ["MachiDx/Platform/Jobs/SomePlatformJob.cs"] = "a platform-wide job that reads every city's rows at once",
    };

    [Fact]
    public void Query_filters_are_ignored_only_in_the_named_places_and_each_says_why()
    {
        var source = SourceDirectory();
        var files = Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();
        Assert.True(files.Count > 100, $"only {files.Count} source files under {source}: the scan looks in the wrong place");

        var failures = new List<string>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var relative = Path.GetRelativePath(source, file).Replace(Path.DirectorySeparatorChar, '/');
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                if (!Call().IsMatch(CodeOf(lines[i])))
                {
                    continue;
                }

                used.Add(relative);
                if (!Allowed.ContainsKey(relative))
                {
                    failures.Add($"{relative}:{i + 1}: IgnoreQueryFilters outside the allowed places — another city's rows would be read. "
                        + "Bind the city with TenantContext.Set instead, or add the file to Allowed with its reason.");
                }
                else if (!lines[Math.Max(0, i - 3)..(i + 1)].Any(l => l.Contains(CommentMarker, StringComparison.Ordinal)))
                {
                    failures.Add($"{relative}:{i + 1}: IgnoreQueryFilters without a \"{CommentMarker} why\" comment on the line or just above it.");
                }
            }
        }

        failures.AddRange(Allowed.Keys.Where(k => !used.Contains(k)).Select(k => $"{k}: allowed but no longer ignores query filters; remove it from Allowed."));
        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Theory]
    [InlineData("return db.Applications.IgnoreQueryFilters();", true)]
    [InlineData("db.Lots.IgnoreQueryFilters([ModelConventions.TenantFilter]).Where(l => l.ResidentId == id)", true)]
    [InlineData("    .IgnoreQueryFilters ()", true)]
    [InlineData("// never call IgnoreQueryFilters() here", false)]
    [InlineData("/// <see cref=\"EntityFrameworkQueryableExtensions.IgnoreQueryFilters{T}(IQueryable{T})\"/>", false)]
    public void The_scan_finds_every_form_of_the_call_and_not_comments(string line, bool isCall) =>
        Assert.Equal(isCall, Call().IsMatch(CodeOf(line)));

    /// <summary>The line without its // comment (good enough for this scan: no string literal holds the call).</summary>
    private static string CodeOf(string line)
    {
        var comment = line.IndexOf("//", StringComparison.Ordinal);
        return comment < 0 ? line : line[..comment];
    }

    private static string SourceDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "MachiDx.slnx")))
            {
                return Path.Combine(directory.FullName, "src");
            }
        }

        throw new InvalidOperationException("MachiDx.slnx not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"\bIgnoreQueryFilters\s*\(")]
    private static partial Regex Call();
}
