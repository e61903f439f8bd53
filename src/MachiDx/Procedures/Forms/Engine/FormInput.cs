namespace MachiDx.Procedures.Forms.Engine;

/// <summary>What a resident submitted, keyed by field path ("name", "children[0].birthDate").</summary>
public sealed class FormInput(IReadOnlyDictionary<string, IReadOnlyList<string>> values, IReadOnlyDictionary<string, UploadedFile>? files = null)
{
    public static readonly FormInput Empty = new(new Dictionary<string, IReadOnlyList<string>>());

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Values { get; } = values;

    public IReadOnlyDictionary<string, UploadedFile> Files { get; } = files ?? new Dictionary<string, UploadedFile>();

    public string? Get(string path) => Values.TryGetValue(path, out var v) && v.Count > 0 ? v[0] : null;

    public IReadOnlyList<string> GetAll(string path) => Values.TryGetValue(path, out var v) ? v : [];

    /// <summary>Rows of a repeatable group present in the submission (at least the group's minimum).</summary>
    public int RowsOf(FormField group)
    {
        ArgumentNullException.ThrowIfNull(group);
        var prefix = group.Name + "[";
        var highest = Values.Keys.Concat(Files.Keys)
            .Where(k => k.StartsWith(prefix, StringComparison.Ordinal))
            .Select(k => int.TryParse(k.AsSpan(prefix.Length, Math.Max(0, k.IndexOf(']', StringComparison.Ordinal) - prefix.Length)), out var i) ? i : -1)
            .DefaultIfEmpty(-1)
            .Max();
        return Math.Clamp(highest + 1, group.MinItems, group.MaxItems);
    }
}

/// <summary>An uploaded file, read lazily.</summary>
public sealed record UploadedFile(string FileName, string ContentType, long Length, Func<Stream> Open);
