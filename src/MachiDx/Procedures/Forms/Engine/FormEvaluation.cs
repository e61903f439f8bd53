using System.Text.Json.Nodes;

namespace MachiDx.Procedures.Forms.Engine;

/// <summary>
/// The server's reading of a submission: normalised values of the visible fields only (JSON), the
/// files to store, and Japanese errors keyed by field path.
/// </summary>
public sealed record FormEvaluation(JsonObject Values, IReadOnlyDictionary<string, string> Errors, IReadOnlyDictionary<string, UploadedFile> Files)
{
    public bool IsValid => Errors.Count == 0;
}
