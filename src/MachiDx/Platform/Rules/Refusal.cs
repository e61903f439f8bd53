namespace MachiDx.Platform.Rules;

/// <summary>Why a rule said no, in the terms every caller maps the same way.</summary>
public enum RefusalKind
{
    /// <summary>The input breaks a rule (a missing reason, a value out of range): 422 on the API, a field error on a page.</summary>
    Invalid,

    /// <summary>The thing's current state forbids it (already withdrawn, taken by another copy): 409.</summary>
    Conflict,

    /// <summary>Nothing the caller may see goes by that name: 404.</summary>
    NotFound,

    /// <summary>Something that must run alone is running now; trying again later works: 503.</summary>
    Busy,
}

/// <summary>
/// A rule's refusal: what kind, a Japanese message for the person, and (for input) which fields it concerns. Desks
/// return it instead of throwing or of a bare string; <c>RefusalResults</c> maps it once to RFC 9457 problem details
/// and once to a page's ModelState, so the API and the page say the same thing with the same status.
/// </summary>
public sealed record Refusal(RefusalKind Kind, string Message, IReadOnlyDictionary<string, string> Fields)
{
    private static readonly IReadOnlyDictionary<string, string> NoFields = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>The title of a problem response for input with several field errors.</summary>
    public const string InvalidInputTitle = "入力内容に誤りがあります。";

    public static Refusal Invalid(string message, string? field = null) =>
        new(RefusalKind.Invalid, message, field is null ? NoFields : new Dictionary<string, string>(StringComparer.Ordinal) { [field] = message });

    /// <summary>Several field errors at once (a form's evaluation); the message is the general one.</summary>
    public static Refusal InvalidFields(IReadOnlyDictionary<string, string> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        return new(RefusalKind.Invalid, fields.Count == 1 && fields.ContainsKey("") ? fields[""] : InvalidInputTitle, fields);
    }

    /// <summary>The state forbids it; <paramref name="field"/> names the input it concerns when there is one (a full slot).</summary>
    public static Refusal Conflict(string message, string? field = null) =>
        new(RefusalKind.Conflict, message, field is null ? NoFields : new Dictionary<string, string>(StringComparer.Ordinal) { [field] = message });

    /// <summary>"○○が見つかりません。" for the thing named.</summary>
    public static Refusal NotFound(string what) => new(RefusalKind.NotFound, what + "が見つかりません。", NoFields);

    /// <summary>A refusal of any kind with its own message and no field.</summary>
    public static Refusal Of(RefusalKind kind, string message) => new(kind, message, NoFields);

    public static Refusal Busy(string message) => new(RefusalKind.Busy, message, NoFields);

    /// <summary>The field errors, or the message under the empty key (the whole form) when it names no field.</summary>
    public IReadOnlyDictionary<string, string> ErrorsByField() =>
        Fields.Count > 0 ? Fields : new Dictionary<string, string>(StringComparer.Ordinal) { [""] = Message };

    /// <summary>The HTTP status this refusal answers with, on the API and on a page that shows it in place.</summary>
    public int Status => Kind switch
    {
        RefusalKind.Invalid => StatusCodes.Status422UnprocessableEntity,
        RefusalKind.Conflict => StatusCodes.Status409Conflict,
        RefusalKind.NotFound => StatusCodes.Status404NotFound,
        _ => StatusCodes.Status503ServiceUnavailable,
    };
}
