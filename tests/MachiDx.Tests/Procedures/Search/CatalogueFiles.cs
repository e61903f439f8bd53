using System.Text.Json;
using MachiDx.Procedures.Search;

namespace MachiDx.Tests.Procedures.Search;

/// <summary>
/// The real national catalogue and synonym files, read from the source tree (found by walking up to
/// MachiDx.slnx), so relevance tests always run against the data the application ships.
/// </summary>
internal static class CatalogueFiles
{
    private static readonly Lazy<string> DataDirectory = new(() =>
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "MachiDx.slnx")))
            {
                return Path.Combine(directory.FullName, "src", "MachiDx", "Procedures", "Catalogue", "Data");
            }
        }

        throw new InvalidOperationException("MachiDx.slnx not found above " + AppContext.BaseDirectory);
    });

    private static readonly Lazy<IReadOnlyList<ProcedureSearchDocument>> Documents = new(() =>
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(DataDirectory.Value, "national-procedures.json")));
        return [.. json.RootElement.GetProperty("procedures").EnumerateArray().Select(ToDocument)];
    });

    private static readonly Lazy<SynonymSet> NationalSynonyms =
        new(() => SynonymSet.FromJson(File.ReadAllText(Path.Combine(DataDirectory.Value, "synonyms.json"))));

    public static IReadOnlyList<ProcedureSearchDocument> NationalProcedures => Documents.Value;

    public static SynonymSet Synonyms => NationalSynonyms.Value;

    public static ProcedureSearchIndex NewNationalIndex()
    {
        var index = new ProcedureSearchIndex(Synonyms);
        index.Rebuild(NationalProcedures);
        return index;
    }

    private static ProcedureSearchDocument ToDocument(JsonElement procedure) => new(
        Code: procedure.GetProperty("code").GetString()!,
        Name: procedure.GetProperty("name").GetString()!,
        Kana: procedure.GetProperty("kana").GetString()!,
        Summary: procedure.GetProperty("summary").GetString()!,
        Keywords: Strings(procedure, "keywords"),
        Category: procedure.GetProperty("category").GetString()!,
        Department: procedure.GetProperty("department").GetString()!,
        Channels: Strings(procedure, "channels"),
        LifeEvents: Strings(procedure, "lifeEvents"));

    private static string[] Strings(JsonElement procedure, string property) =>
        [.. procedure.GetProperty(property).EnumerateArray().Select(value => value.GetString()!)];
}
