using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace MachiDx.Platform.Web;

/// <summary>
/// One accessible form field: label (with 必須), hint, error message and input, wired together with
/// aria-describedby and aria-invalid. Usage: &lt;md-field for="Input.Email" type="email" autocomplete="email" /&gt;.
/// Passwords are never echoed back.
/// </summary>
[HtmlTargetElement("md-field", TagStructure = TagStructure.WithoutEndTag)]
public sealed class FieldTagHelper(HtmlEncoder encoder) : TagHelper
{
    [HtmlAttributeName("for")]
    public ModelExpression For { get; set; } = null!;

    public string? Hint { get; set; }

    /// <summary>Overrides the [Display] name, for labels that depend on data.</summary>
    public string? Label { get; set; }

    public string Type { get; set; } = "text";

    public string? Autocomplete { get; set; }

    public string? Inputmode { get; set; }

    /// <summary>For a postal code field: the id of the address field that postal-lookup.js fills (e.g. "Input_Address").</summary>
    public string? PostalAddress { get; set; }

    /// <summary>"textarea" renders a multi-line field.</summary>
    public string? As { get; set; }

    /// <summary>Visible lines of a textarea.</summary>
    public int Rows { get; set; } = 5;

    /// <summary>Sets spellcheck="false" (for code such as JSON).</summary>
    public bool Code { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var name = For.Name;
        var id = TagBuilder.CreateSanitizedId(name, "_");
        var label = Label ?? For.Metadata.DisplayName ?? For.Metadata.PropertyName ?? name;
        var errors = ViewContext.ViewData.ModelState.TryGetValue(name, out var entry)
            ? entry.Errors.Select(e => e.ErrorMessage).Where(m => m.Length > 0).Distinct(StringComparer.Ordinal).ToList()
            : [];
        var value = Type == "password" ? "" : entry?.AttemptedValue ?? Format(For.Model);
        var describedBy = new List<string>();

        var html = new System.Text.StringBuilder();
        html.Append("<div class=\"field").Append(errors.Count > 0 ? " field--error" : "").Append("\">");
        html.Append("<label for=\"").Append(id).Append("\">").Append(encoder.Encode(label));
        if (For.Metadata.IsRequired)
        {
            html.Append(" <span class=\"badge-required\">必須</span>");
        }

        html.Append("</label>");
        if (!string.IsNullOrEmpty(Hint))
        {
            html.Append("<p class=\"hint\" id=\"").Append(id).Append("-hint\">").Append(encoder.Encode(Hint)).Append("</p>");
            describedBy.Add(id + "-hint");
        }

        if (errors.Count > 0)
        {
            html.Append("<p class=\"field-error\" id=\"").Append(id).Append("-error\">");
            html.Append("<span class=\"visually-hidden\">エラー：</span>").Append(encoder.Encode(string.Join(" ", errors))).Append("</p>");
            describedBy.Add(id + "-error");
        }

        var attributes = new System.Text.StringBuilder();
        attributes.Append(" id=\"").Append(id).Append("\" name=\"").Append(encoder.Encode(name)).Append('"');
        if (describedBy.Count > 0)
        {
            attributes.Append(" aria-describedby=\"").Append(string.Join(' ', describedBy)).Append('"');
        }

        if (errors.Count > 0)
        {
            attributes.Append(" aria-invalid=\"true\"");
        }

        if (For.Metadata.IsRequired)
        {
            attributes.Append(" required");
        }

        if (!string.IsNullOrEmpty(Autocomplete))
        {
            attributes.Append(" autocomplete=\"").Append(encoder.Encode(Autocomplete)).Append('"');
        }

        if (!string.IsNullOrEmpty(Inputmode))
        {
            attributes.Append(" inputmode=\"").Append(encoder.Encode(Inputmode)).Append('"');
        }

        if (!string.IsNullOrEmpty(PostalAddress))
        {
            attributes.Append(" data-postal-address=\"").Append(encoder.Encode(PostalAddress)).Append('"');
        }

        if (Code)
        {
            attributes.Append(" spellcheck=\"false\" autocapitalize=\"off\" class=\"code\"");
        }

        if (As == "textarea")
        {
            html.Append("<textarea rows=\"").Append(Rows.ToString(CultureInfo.InvariantCulture)).Append('"').Append(attributes).Append('>').Append(encoder.Encode(value)).Append("</textarea>");
        }
        else
        {
            html.Append("<input type=\"").Append(encoder.Encode(Type)).Append('"').Append(attributes)
                .Append(" value=\"").Append(encoder.Encode(value)).Append("\">");
        }

        html.Append("</div>");
        output.TagName = null;
        output.Content.SetHtmlContent(html.ToString());
    }

    private static string Format(object? model) => model switch
    {
        null => "",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        TimeOnly t => t.ToString("HH:mm", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => model.ToString() ?? "",
    };
}
