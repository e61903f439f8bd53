using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace MachiDx.Platform.Web;

/// <summary>
/// The error summary at the top of a form: every problem, each linking to its field. Rendered only
/// when the submission was invalid; announced by screen readers (role="alert").
/// </summary>
[HtmlTargetElement("md-error-summary", TagStructure = TagStructure.WithoutEndTag)]
public sealed class ErrorSummaryTagHelper(HtmlEncoder encoder) : TagHelper
{
    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.TagName = null;
        var state = ViewContext.ViewData.ModelState;
        if (state.IsValid)
        {
            output.SuppressOutput();
            return;
        }

        var html = new System.Text.StringBuilder();
        html.Append("<div class=\"error-summary\" role=\"alert\" aria-labelledby=\"error-summary-title\" tabindex=\"-1\">");
        html.Append("<h2 id=\"error-summary-title\">入力内容を確認してください</h2><ul>");
        foreach (var (key, entry) in state)
        {
            foreach (var message in entry.Errors.Select(e => e.ErrorMessage).Where(m => m.Length > 0).Distinct(StringComparer.Ordinal))
            {
                html.Append("<li>");
                if (key.Length > 0)
                {
                    html.Append("<a href=\"#").Append(TagBuilder.CreateSanitizedId(key, "_")).Append("\">").Append(encoder.Encode(message)).Append("</a>");
                }
                else
                {
                    html.Append(encoder.Encode(message));
                }

                html.Append("</li>");
            }
        }

        html.Append("</ul></div>");
        output.Content.SetHtmlContent(html.ToString());
    }
}
