using System.Globalization;
using System.Net.Mail;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using MachiDx.Platform.Security;

namespace MachiDx.Procedures.Forms.Engine;

/// <summary>
/// Evaluates a submission against a form definition, entirely on the server: fields hidden by their
/// conditions are dropped (whatever was posted for them), unknown fields are ignored, every value is
/// normalised (NFKC, trimmed) and checked. Nothing here trusts the browser.
/// </summary>
public static partial class FormEvaluator
{
    public static FormEvaluation Evaluate(FormDefinition form, FormInput input, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(input);
        var values = new JsonObject();
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var files = new Dictionary<string, UploadedFile>(StringComparer.Ordinal);
        foreach (var field in form.Fields)
        {
            if (!IsVisible(field, values))
            {
                continue;
            }

            if (field.Type == FieldType.Group)
            {
                var rows = new JsonArray();
                for (var i = 0; i < input.RowsOf(field); i++)
                {
                    var row = new JsonObject();
                    foreach (var child in field.Fields ?? [])
                    {
                        EvaluateField(child, $"{field.Name}[{i}].{child.Name}", input, today, row, errors, files);
                    }

                    rows.Add(row);
                }

                values[field.Name] = rows;
            }
            else
            {
                EvaluateField(field, field.Name, input, today, values, errors, files);
            }
        }

        return new FormEvaluation(values, errors, files);
    }

    public static bool IsVisible(FormField field, JsonObject valuesSoFar)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(valuesSoFar);
        if (field.VisibleWhen is not { } condition)
        {
            return true;
        }

        return valuesSoFar[condition.Field] switch
        {
            JsonValue v when v.TryGetValue<string>(out var s) => condition.In.Contains(s, StringComparer.Ordinal),
            JsonValue v when v.TryGetValue<bool>(out var b) => condition.In.Contains(b ? "true" : "false", StringComparer.Ordinal),
            JsonArray a => a.Any(x => x is JsonValue xv && xv.TryGetValue<string>(out var s) && condition.In.Contains(s, StringComparer.Ordinal)),
            _ => false,
        };
    }

    private static void EvaluateField(
        FormField field, string path, FormInput input, DateOnly today, JsonObject target,
        Dictionary<string, string> errors, Dictionary<string, UploadedFile> files)
    {
        if (field.Type == FieldType.File)
        {
            EvaluateFile(field, path, input, errors, files, target);
            return;
        }

        if (field.Type == FieldType.Checkbox && field.Options is { Count: > 0 } choices)
        {
            var chosen = input.GetAll(path).Select(Normalize).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).ToList();
            if (chosen.Any(c => !choices.Any(o => o.Value == c)))
            {
                errors[path] = $"{field.Label}の選択肢が正しくありません。";
            }
            else if (field.Required && chosen.Count == 0)
            {
                errors[path] = $"{field.Label}を1つ以上選んでください。";
            }

            target[field.Name] = new JsonArray([.. chosen.Select(c => (JsonNode)JsonValue.Create(c))]);
            return;
        }

        var raw = Normalize(input.Get(path));
        if (field.Type == FieldType.Checkbox)
        {
            var on = raw is "true" or "on";
            if (field.Required && !on)
            {
                errors[path] = $"{field.Label}を確認してチェックを入れてください。";
            }

            target[field.Name] = on;
            return;
        }

        if (raw.Length == 0)
        {
            if (field.Required)
            {
                errors[path] = field.Type is FieldType.Select or FieldType.Radio ? $"{field.Label}を選んでください。" : $"{field.Label}を入力してください。";
            }

            return;
        }

        var maxLength = field.MaxLength ?? (field.Type == FieldType.Textarea ? 2000 : 200);
        if (raw.Length > maxLength)
        {
            errors[path] = string.Create(CultureInfo.InvariantCulture, $"{field.Label}は{maxLength}文字以内で入力してください。");
            return;
        }

        if (field.Type != FieldType.Textarea && DirectionControls.Contains(raw))
        {
            // Single-line fields hold names, addresses and numbers: invisible reordering has no place there.
            errors[path] = $"{field.Label}に{DirectionControls.Message}";
            return;
        }

        var (value, error) = field.Type switch
        {
            FieldType.Number => ParseNumber(field, raw),
            FieldType.Date => ParseDate(field, raw, today),
            FieldType.Select or FieldType.Radio => field.Options?.Any(o => o.Value == raw) == true
                ? (JsonValue.Create(raw), null)
                : (null, $"{field.Label}の選択肢が正しくありません。"),
            FieldType.Kana => KanaPattern().IsMatch(raw) ? (JsonValue.Create(raw), null) : (null, $"{field.Label}はひらがなまたはカタカナで入力してください。"),
            FieldType.Postal => PostalPattern().IsMatch(raw)
                ? (JsonValue.Create(raw.Replace("-", "", StringComparison.Ordinal)), null)
                : (null, $"{field.Label}は7桁の数字で入力してください（例: 831-0016）。"),
            FieldType.Tel => TelPattern().IsMatch(raw) ? (JsonValue.Create(raw), null) : (null, $"{field.Label}は数字とハイフンで入力してください（例: 0944-87-2101）。"),
            FieldType.Email => IsEmail(raw) ? (JsonValue.Create(raw), null) : (null, $"{field.Label}の形式が正しくありません（例: taro@example.jp）。"),
            _ => (JsonValue.Create(raw), (string?)null),
        };
        if (error is not null)
        {
            errors[path] = error;
            return;
        }

        target[field.Name] = value;
    }

    private static (JsonValue?, string?) ParseNumber(FormField field, string raw)
    {
        if (!long.TryParse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n))
        {
            return (null, $"{field.Label}は半角数字（整数）で入力してください。");
        }

        if ((field.Min is { } min && n < min) || (field.Max is { } max && n > max))
        {
            return (null, string.Create(CultureInfo.InvariantCulture, $"{field.Label}は{field.Min}から{field.Max}までの数で入力してください。"));
        }

        return (JsonValue.Create(n), null);
    }

    private static (JsonValue?, string?) ParseDate(FormField field, string raw, DateOnly today)
    {
        if (!DateOnly.TryParseExact(raw, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return (null, $"{field.Label}を正しく入力してください（例: 2026-04-01）。");
        }

        var min = ResolveDate(field.MinDate, today);
        var max = ResolveDate(field.MaxDate, today);
        if (min is { } lo && date < lo)
        {
            return (null, $"{field.Label}は{JapaneseDates.Format(lo)}以降の日付を入力してください。");
        }

        if (max is { } hi && date > hi)
        {
            return (null, $"{field.Label}は{JapaneseDates.Format(hi)}以前の日付を入力してください。");
        }

        return (JsonValue.Create(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), null);
    }

    /// <summary>"today", "today+3", "today-365" or an ISO date.</summary>
    internal static DateOnly? ResolveDate(string? rule, DateOnly today)
    {
        if (string.IsNullOrEmpty(rule))
        {
            return null;
        }

        if (rule.StartsWith("today", StringComparison.Ordinal))
        {
            var offset = rule.Length > 5 ? int.Parse(rule.AsSpan(5), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture) : 0;
            return today.AddDays(offset);
        }

        return DateOnly.ParseExact(rule, "yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    private static void EvaluateFile(FormField field, string path, FormInput input, Dictionary<string, string> errors, Dictionary<string, UploadedFile> files, JsonObject target)
    {
        if (!input.Files.TryGetValue(path, out var file) || file.Length == 0)
        {
            if (field.Required)
            {
                errors[path] = $"{field.Label}のファイルを選んでください。";
            }

            return;
        }

        var maxBytes = field.MaxBytes ?? 5 * 1024 * 1024;
        if (file.Length > maxBytes)
        {
            errors[path] = string.Create(CultureInfo.InvariantCulture, $"{field.Label}のファイルは{maxBytes / 1024 / 1024}MB以下にしてください。");
            return;
        }

        var accept = field.Accept ?? [".pdf", ".jpg", ".jpeg", ".png"];
        var extension = Path.GetExtension(file.FileName).ToLowerInvariant();
        var sniffed = FileSniffer.Detect(file.Open);
        if (!accept.Contains(extension, StringComparer.Ordinal) || sniffed is null || !FileSniffer.Matches(sniffed, extension))
        {
            errors[path] = $"{field.Label}は {string.Join("・", accept.Select(a => a.TrimStart('.').ToUpperInvariant()).Distinct(StringComparer.Ordinal))} のファイルを選んでください。";
            return;
        }

        files[path] = file;
        target[field.Name] = new JsonObject
        {
            ["fileName"] = SafeFileName(file.FileName),
            ["contentType"] = sniffed,
            ["length"] = file.Length,
            ["path"] = path,
        };
    }

    internal static string SafeFileName(string name)
    {
        var baseName = Path.GetFileName(name.Replace('\\', '/'));
        // Direction controls go too: 「photo\u202Egpj.exe」 would show as "photoexe.jpg" in the inbox.
        var cleaned = new string([.. DirectionControls.Strip(baseName).Where(c => !char.IsControl(c) && c is not ('/' or '\\' or ':' or '*' or '?' or '"' or '<' or '>' or '|'))]);
        return cleaned.Length == 0 ? "file" : cleaned[..Math.Min(cleaned.Length, 120)];
    }

    internal static string Normalize(string? value) =>
        value is null ? "" : new string([.. value.Normalize(NormalizationForm.FormKC).Where(c => !char.IsControl(c) || c is '\n' or '\r' or '\t')]).Trim();

    private static bool IsEmail(string value) =>
        value.Length <= 254 && MailAddress.TryCreate(value, out var address) && address.Address == value && value.Contains('.', StringComparison.Ordinal);

    [GeneratedRegex(@"^[\p{IsHiragana}\p{IsKatakana}ー・\s]+$")]
    private static partial Regex KanaPattern();

    [GeneratedRegex(@"^\d{3}-?\d{4}$")]
    private static partial Regex PostalPattern();

    [GeneratedRegex(@"^0\d[\d-]{7,16}\d$")]
    private static partial Regex TelPattern();
}
