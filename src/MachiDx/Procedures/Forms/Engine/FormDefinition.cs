using System.Text.Json;
using System.Text.Json.Serialization;

namespace MachiDx.Procedures.Forms.Engine;

/// <summary>
/// An online form as data (Forms/Data/{procedure}.json). Every rule — required, lengths, ranges,
/// options, conditional visibility — is evaluated on the server by <see cref="FormEvaluator"/>.
/// </summary>
public sealed record FormDefinition(
    string Procedure, string Title, string? Intro, IReadOnlyList<FormField> Fields, FormFee? Fee = null, FormCapacity? Capacity = null)
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    public static FormDefinition Parse(string json) =>
        JsonSerializer.Deserialize<FormDefinition>(json, Json) ?? throw new JsonException("Empty form definition.");

    public IEnumerable<FormField> AllFields() => Fields.SelectMany(f => f.Type == FieldType.Group ? [f, .. f.Fields ?? []] : new[] { f });
}

/// <summary>A field of a form. <see cref="AddressField"/> (postal fields only) names the top-level field the
/// postal code lookup fills in the browser when it is empty.</summary>
public sealed record FormField(
    string Name,
    FieldType Type,
    string Label,
    string? Hint = null,
    bool Required = false,
    int? MaxLength = null,
    long? Min = null,
    long? Max = null,
    string? MinDate = null,
    string? MaxDate = null,
    IReadOnlyList<FieldOption>? Options = null,
    string? Prefill = null,
    FieldCondition? VisibleWhen = null,
    IReadOnlyList<FormField>? Fields = null,
    int MinItems = 1,
    int MaxItems = 1,
    IReadOnlyList<string>? Accept = null,
    long? MaxBytes = null,
    string? Autocomplete = null,
    string? AddressField = null);

public sealed record FieldOption(string Value, string Label);

/// <summary>A fee: per unit of a number field (e.g. 300 yen per copy), or fixed when no unit field.</summary>
public sealed record FormFee(long YenPerUnit, string? UnitField, string Text);

/// <summary>Bookable slots: at most <see cref="Limit"/> live applications may share the values of the key fields.</summary>
public sealed record FormCapacity(IReadOnlyList<string> KeyFields, int Limit, string Message, string ErrorField);

/// <summary>Show a field only when another (earlier, top-level) field has one of the given values.</summary>
public sealed record FieldCondition(string Field, IReadOnlyList<string> In);

public enum FieldType
{
    Text,
    Kana,
    Textarea,
    Number,
    Date,
    Select,
    Radio,
    Checkbox,
    Postal,
    Email,
    Tel,
    File,
    Group,
}
