using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using MachiDx.Procedures.Forms.Engine;
using Microsoft.AspNetCore.Html;

namespace MachiDx.Procedures.Forms;

/// <summary>
/// Renders a form definition as accessible HTML that works without JavaScript: labels, 必須 badges,
/// hints, per-field errors wired with aria-describedby, fieldsets for choices and repeatable groups
/// (with a server-side "add a row" button). With a correction set, only the requested fields are editable.
/// </summary>
public static class FormHtml
{
    public static IHtmlContent Render(FormView view, HtmlEncoder encoder)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(encoder);
        var html = new StringBuilder();
        foreach (var field in view.Form.Fields)
        {
            if (view.Corrections is { } corrections && !corrections.ContainsKey(field.Name))
            {
                continue;
            }

            if (view.Corrections?.TryGetValue(field.Name, out var comment) == true)
            {
                html.Append("<p class=\"notice correction-comment\"><strong>補正のお願い：</strong>").Append(encoder.Encode(comment)).Append("</p>");
            }

            if (field.Type == FieldType.Group)
            {
                RenderGroup(html, field, view, encoder);
            }
            else
            {
                RenderField(html, field, field.Name, view, encoder);
            }
        }

        return new HtmlString(html.ToString());
    }

    private static void RenderGroup(StringBuilder html, FormField group, FormView view, HtmlEncoder e)
    {
        var rows = new FormInput(view.Input).RowsOf(group) + (view.ExtraRows?.GetValueOrDefault(group.Name) ?? 0);
        rows = Math.Clamp(rows, group.MinItems, group.MaxItems);
        html.Append("<fieldset class=\"group\"><legend>").Append(e.Encode(group.Label)).Append("</legend>");
        for (var i = 0; i < rows; i++)
        {
            html.Append("<fieldset class=\"group__row\"><legend>").Append(e.Encode(group.Label))
                .Append(' ').Append((i + 1).ToString(CultureInfo.InvariantCulture)).Append("</legend>");
            foreach (var child in group.Fields ?? [])
            {
                RenderField(html, child, $"{group.Name}[{i}].{child.Name}", view, e);
            }

            html.Append("</fieldset>");
        }

        if (rows < group.MaxItems)
        {
            html.Append("<button type=\"submit\" class=\"button button--secondary\" formnovalidate formaction=\"?handler=AddRow&amp;group=")
                .Append(e.Encode(group.Name)).Append("\">").Append(e.Encode(group.Label)).Append("を追加する</button>");
        }

        html.Append("</fieldset>");
    }

    private static void RenderField(StringBuilder html, FormField field, string path, FormView view, HtmlEncoder e)
    {
        var id = "f-" + new string([.. path.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]);
        var error = view.Errors.GetValueOrDefault(path);
        var values = view.Input.TryGetValue(path, out var v) ? v : [];
        var value = values.Count > 0 ? values[0] : "";
        var describedBy = new List<string>();
        var conditional = field.VisibleWhen is { } when
            ? $" data-visible-when=\"{e.Encode(when.Field)}\" data-visible-in=\"{e.Encode(string.Join(' ', when.In))}\""
            : "";

        var isChoiceGroup = field.Type == FieldType.Radio || (field.Type == FieldType.Checkbox && field.Options is { Count: > 0 });
        html.Append("<div class=\"field").Append(error is null ? "" : " field--error").Append('"').Append(conditional).Append('>');
        if (isChoiceGroup)
        {
            html.Append("<fieldset class=\"choices\"").Append(AriaFor(id, field, error)).Append("><legend>").Append(e.Encode(field.Label)).Append(Required(field)).Append("</legend>");
        }
        else if (field.Type != FieldType.Checkbox)
        {
            html.Append("<label for=\"").Append(id).Append("\">").Append(e.Encode(field.Label)).Append(Required(field)).Append("</label>");
        }

        var hint = field.Hint;
        if (field.VisibleWhen is not null)
        {
            hint = (hint is null ? "" : hint + " ") + "（前の質問の答えによって必要になる項目です）";
        }

        if (hint is not null)
        {
            html.Append("<p class=\"hint\" id=\"").Append(id).Append("-hint\">").Append(e.Encode(hint)).Append("</p>");
            describedBy.Add(id + "-hint");
        }

        if (error is not null)
        {
            html.Append("<p class=\"field-error\" id=\"").Append(id).Append("-error\"><span class=\"visually-hidden\">エラー：</span>").Append(e.Encode(error)).Append("</p>");
            describedBy.Add(id + "-error");
        }

        var aria = (describedBy.Count > 0 ? $" aria-describedby=\"{string.Join(' ', describedBy)}\"" : "") + (error is null ? "" : " aria-invalid=\"true\"");
        var name = e.Encode(path);
        switch (field.Type)
        {
            case FieldType.Textarea:
                html.Append("<textarea id=\"").Append(id).Append("\" name=\"").Append(name).Append("\" rows=\"4\"").Append(aria).Append('>').Append(e.Encode(value)).Append("</textarea>");
                break;
            case FieldType.Select:
                html.Append("<select id=\"").Append(id).Append("\" name=\"").Append(name).Append('"').Append(aria).Append("><option value=\"\">選んでください</option>");
                foreach (var option in field.Options ?? [])
                {
                    html.Append("<option value=\"").Append(e.Encode(option.Value)).Append('"').Append(option.Value == value ? " selected" : "").Append('>').Append(e.Encode(option.Label)).Append("</option>");
                }

                html.Append("</select>");
                break;
            case FieldType.Radio or FieldType.Checkbox when field.Options is { Count: > 0 }:
                for (var i = 0; i < field.Options.Count; i++)
                {
                    var option = field.Options[i];
                    var optionId = $"{id}-{i}";
                    var type = field.Type == FieldType.Radio ? "radio" : "checkbox";
                    html.Append("<div class=\"choice\"><input type=\"").Append(type).Append("\" id=\"").Append(optionId).Append("\" name=\"").Append(name)
                        .Append("\" value=\"").Append(e.Encode(option.Value)).Append('"').Append(values.Contains(option.Value) ? " checked" : "")
                        .Append("><label for=\"").Append(optionId).Append("\">").Append(e.Encode(option.Label)).Append("</label></div>");
                }

                break;
            case FieldType.Checkbox:
                html.Append("<div class=\"choice\"><input type=\"checkbox\" id=\"").Append(id).Append("\" name=\"").Append(name).Append("\" value=\"true\"")
                    .Append(value is "true" or "on" ? " checked" : "").Append(aria).Append("><label for=\"").Append(id).Append("\">")
                    .Append(e.Encode(field.Label)).Append(Required(field)).Append("</label></div>");
                break;
            case FieldType.File:
                if (view.StoredFiles?.Contains(path) == true)
                {
                    html.Append("<p class=\"hint\">ファイルは受け取り済みです。差し替える場合だけ選び直してください。</p>");
                }

                var accept = string.Join(',', field.Accept ?? [".pdf", ".jpg", ".jpeg", ".png"]);
                html.Append("<input type=\"file\" id=\"").Append(id).Append("\" name=\"").Append(name).Append("\" accept=\"").Append(e.Encode(accept)).Append('"').Append(aria).Append('>');
                break;
            default:
                var (inputType, inputMode) = field.Type switch
                {
                    FieldType.Number => ("text", " inputmode=\"numeric\""),
                    FieldType.Date => ("date", ""),
                    FieldType.Email => ("email", ""),
                    FieldType.Tel => ("tel", ""),
                    FieldType.Postal => ("text", " inputmode=\"numeric\""),
                    _ => ("text", ""),
                };
                var autocomplete = field.Autocomplete is null ? "" : $" autocomplete=\"{e.Encode(field.Autocomplete)}\"";
                var postalAddress = field.Type == FieldType.Postal && field.AddressField is { } addressField
                    ? $" data-postal-address=\"f-{e.Encode(addressField)}\""
                    : "";
                html.Append("<input type=\"").Append(inputType).Append("\" id=\"").Append(id).Append("\" name=\"").Append(name)
                    .Append("\" value=\"").Append(e.Encode(value)).Append('"').Append(inputMode).Append(autocomplete).Append(postalAddress).Append(aria).Append('>');
                break;
        }

        if (isChoiceGroup)
        {
            html.Append("</fieldset>");
        }

        html.Append("</div>");
    }

    private static string AriaFor(string id, FormField field, string? error) =>
        (field.Hint is not null || field.VisibleWhen is not null || error is not null)
            ? $" aria-describedby=\"{string.Join(' ', new[] { field.Hint is not null || field.VisibleWhen is not null ? id + "-hint" : null, error is null ? null : id + "-error" }.OfType<string>())}\""
            : "";

    private static string Required(FormField field) => field.Required ? " <span class=\"badge-required\">必須</span>" : "";
}
