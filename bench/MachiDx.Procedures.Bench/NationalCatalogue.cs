using System.Text.Json;
using MachiDx.Procedures.Search;

namespace MachiDx.Procedures.Bench;

/// <summary>Reads the real national catalogue and synonyms from the source tree.</summary>
internal static class NationalCatalogue
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    private static string DataDirectory => Path.Combine(RepositoryRoot, "src", "MachiDx", "Procedures", "Catalogue", "Data");

    public static IReadOnlyList<ProcedureSearchDocument> LoadProcedures()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(DataDirectory, "national-procedures.json")));
        return [.. json.RootElement.GetProperty("procedures").EnumerateArray().Select(procedure => new ProcedureSearchDocument(
            procedure.GetProperty("code").GetString()!,
            procedure.GetProperty("name").GetString()!,
            procedure.GetProperty("kana").GetString()!,
            procedure.GetProperty("summary").GetString()!,
            Strings(procedure, "keywords"),
            procedure.GetProperty("category").GetString()!,
            procedure.GetProperty("department").GetString()!,
            Strings(procedure, "channels"),
            Strings(procedure, "lifeEvents")))];
    }

    public static SynonymSet LoadSynonyms() =>
        SynonymSet.FromJson(File.ReadAllText(Path.Combine(DataDirectory, "synonyms.json")));

    private static string[] Strings(JsonElement procedure, string property) =>
        [.. procedure.GetProperty(property).EnumerateArray().Select(value => value.GetString()!)];

    private static string FindRepositoryRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "MachiDx.slnx")))
                {
                    return directory.FullName;
                }
            }
        }

        throw new InvalidOperationException("Run from inside the MachiDX repository (MachiDx.slnx not found).");
    }
}
