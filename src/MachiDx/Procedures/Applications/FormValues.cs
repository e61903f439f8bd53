using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using MachiDx.Procedures.Forms.Engine;

namespace MachiDx.Procedures.Applications;

/// <summary>Converts between stored values (evaluated JSON), drafts (raw input) and form input.</summary>
public static class FormValues
{
    /// <summary>Stored JSON keeps Japanese readable (it is never embedded in HTML unescaped).</summary>
    public static readonly JsonSerializerOptions StorageJson = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Stored values back to form input, so a stored application can be re-evaluated or corrected.</summary>
    public static Dictionary<string, IReadOnlyList<string>> ToInput(FormDefinition form, JsonObject values)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(values);
        var input = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var field in form.Fields)
        {
            if (field.Type == FieldType.Group && values[field.Name] is JsonArray rows)
            {
                for (var i = 0; i < rows.Count; i++)
                {
                    foreach (var child in field.Fields ?? [])
                    {
                        Put(input, $"{field.Name}[{i}].{child.Name}", (rows[i] as JsonObject)?[child.Name]);
                    }
                }
            }
            else
            {
                Put(input, field.Name, values[field.Name]);
            }
        }

        return input;
    }

    public static string ToDraftJson(IReadOnlyDictionary<string, IReadOnlyList<string>> input) => JsonSerializer.Serialize(input, StorageJson);

    public static Dictionary<string, IReadOnlyList<string>> FromDraftJson(string json) =>
        JsonSerializer.Deserialize<Dictionary<string, List<string>>>(json)?
            .ToDictionary(e => e.Key, e => (IReadOnlyList<string>)e.Value, StringComparer.Ordinal)
        ?? new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);

    /// <summary>A value as the resident would read it on the confirmation or detail page.</summary>
    public static string Display(FormField field, JsonNode? value)
    {
        ArgumentNullException.ThrowIfNull(field);
        return value switch
        {
            null => "（未入力）",
            JsonArray array when field.Type == FieldType.Checkbox => array.Count == 0 ? "（なし）" : string.Join("、", array.Select(v => OptionLabel(field, v?.GetValue<string>()))),
            JsonValue v when v.TryGetValue<bool>(out var b) => b ? "はい" : "いいえ",
            JsonValue v when field.Type == FieldType.Date && v.TryGetValue<string>(out var s)
                && DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) => JapaneseDates.FormatWithWareki(d),
            JsonValue v when field.Type is FieldType.Select or FieldType.Radio => OptionLabel(field, v.GetValue<string>()),
            JsonValue v when field.Type == FieldType.Postal && v.TryGetValue<string>(out var p) && p.Length == 7 => $"〒{p[..3]}-{p[3..]}",
            JsonObject file when field.Type == FieldType.File => (string?)file["fileName"] ?? "ファイル",
            JsonValue v => v.ToString(),
            _ => value.ToJsonString(),
        };
    }

    private static string OptionLabel(FormField field, string? value) =>
        field.Options?.FirstOrDefault(o => o.Value == value)?.Label ?? value ?? "";

    private static void Put(Dictionary<string, IReadOnlyList<string>> input, string path, JsonNode? node)
    {
        switch (node)
        {
            case null:
                return;
            case JsonArray array:
                input[path] = [.. array.Select(v => v?.ToString() ?? "")];
                return;
            case JsonObject:
                return; // files are not re-posted; they stay attached
            case JsonValue v when v.TryGetValue<bool>(out var b):
                input[path] = [b ? "true" : "false"];
                return;
            case JsonValue v when v.TryGetValue<long>(out var n):
                input[path] = [n.ToString(CultureInfo.InvariantCulture)];
                return;
            default:
                input[path] = [node.GetValue<string>()];
                return;
        }
    }
}
