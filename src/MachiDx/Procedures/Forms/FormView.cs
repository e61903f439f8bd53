using MachiDx.Procedures.Forms.Engine;

namespace MachiDx.Procedures.Forms;

/// <summary>Everything needed to render a form: definition, what was typed, errors, and (for 補正) which fields are open.</summary>
public sealed record FormView(
    FormDefinition Form,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Input,
    IReadOnlyDictionary<string, string> Errors,
    IReadOnlyDictionary<string, int>? ExtraRows = null,
    IReadOnlyDictionary<string, string>? Corrections = null,
    IReadOnlySet<string>? StoredFiles = null);
