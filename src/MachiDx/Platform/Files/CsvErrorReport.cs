namespace MachiDx.Platform.Files;

/// <summary>
/// Every problem of an import, in file order, so that the user can fix the whole file at once (not one row per upload).
/// An importer writes nothing while the report has any entry.
/// </summary>
public sealed class CsvErrorReport
{
    private readonly List<CsvError> errors = [];

    public int Count => errors.Count;

    public bool IsEmpty => errors.Count == 0;

    public IReadOnlyList<CsvError> Errors => errors;

    /// <summary>The messages as shown on the import pages.</summary>
    public IReadOnlyList<string> Messages => [.. errors.Select(e => e.ToString())];

    public void Add(CsvError error) => errors.Add(error);

    /// <summary>A problem of the whole file (no line).</summary>
    public void Add(string message) => errors.Add(new CsvError(0, null, message));
}
