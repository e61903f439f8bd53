namespace MachiDx.Procedures.LifeEvents;

/// <summary>The national guide graphs (LifeEvents/Data/*.json, embedded), in display order.</summary>
public sealed class GuideLibrary
{
    public static readonly IReadOnlyList<string> Codes = ["moving", "birth", "death", "marriage", "job-change", "school-entry", "care"];

    private GuideLibrary(IReadOnlyList<GuideGraph> graphs) => Graphs = graphs;

    public IReadOnlyList<GuideGraph> Graphs { get; }

    public GuideGraph? Find(string code) => Graphs.FirstOrDefault(g => g.Code == code);

    public static GuideLibrary Load()
    {
        var graphs = new List<GuideGraph>();
        foreach (var code in Codes)
        {
            using var stream = typeof(GuideLibrary).Assembly.GetManifestResourceStream($"MachiDx.Procedures.LifeEvents.{code}.json")
                ?? throw new InvalidOperationException($"Guide {code} is not embedded.");
            using var reader = new StreamReader(stream);
            graphs.Add(GuideGraph.Parse(reader.ReadToEnd()));
        }

        return new GuideLibrary(graphs);
    }
}
