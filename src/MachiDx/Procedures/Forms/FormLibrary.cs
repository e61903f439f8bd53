using System.Text.Json.Nodes;
using MachiDx.Procedures.Forms.Engine;

namespace MachiDx.Procedures.Forms;

/// <summary>The online forms MachiDX offers (Forms/Data/*.json, embedded), by procedure code.</summary>
public sealed class FormLibrary
{
    private readonly Dictionary<string, FormDefinition> _forms;

    private FormLibrary(Dictionary<string, FormDefinition> forms) => _forms = forms;

    public IReadOnlyCollection<string> Codes => _forms.Keys;

    public FormDefinition? Find(string procedureCode) => _forms.GetValueOrDefault(procedureCode);

    public static FormLibrary Load()
    {
        var assembly = typeof(FormLibrary).Assembly;
        const string prefix = "MachiDx.Procedures.Forms.";
        var forms = new Dictionary<string, FormDefinition>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            var form = FormDefinition.Parse(reader.ReadToEnd());
            forms.Add(form.Procedure, form);
        }

        return new FormLibrary(forms);
    }

    /// <summary>The fee for a set of evaluated values, in yen (0 when the form has no fee).</summary>
    public static long FeeFor(FormDefinition form, JsonObject values)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(values);
        if (form.Fee is not { } fee)
        {
            return 0;
        }

        var units = fee.UnitField is null ? 1
            : values[fee.UnitField] is JsonValue v && long.TryParse(v.ToString(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 0;
        return checked(fee.YenPerUnit * units);
    }
}
