namespace MachiDx.Procedures.Bench;

/// <summary>One searcher under test, its samples and the hit count it gave for each query.</summary>
internal sealed record Engine(string Name, Func<string, int> Search, int RepeatsPerRound)
{
    public Latency Latency { get; } = new();

    public Dictionary<string, int> Hits { get; } = new(StringComparer.Ordinal);
}
