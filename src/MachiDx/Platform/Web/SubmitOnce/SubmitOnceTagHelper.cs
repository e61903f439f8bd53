using System.Globalization;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace MachiDx.Platform.Web.SubmitOnce;

/// <summary>
/// <c>&lt;form method="post" submit-once&gt;</c>: renders the form with a fresh key, so that the same form sent more than
/// once (double click, back and resend, a retry) has one effect; see <see cref="SubmitOnceFilter"/>.
/// </summary>
[HtmlTargetElement("form", Attributes = AttributeName)]
public sealed class SubmitOnceTagHelper : TagHelper
{
    public const string AttributeName = "submit-once";

    public const string FieldName = "__FormKey";

    // After the framework's form tag helper, so that the key follows the antiforgery field.
    public override int Order => 1000;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.Attributes.RemoveAll(AttributeName);
        output.PostContent.AppendHtml(string.Create(CultureInfo.InvariantCulture, $"<input type=\"hidden\" name=\"{FieldName}\" value=\"{Guid.NewGuid():N}\">"));
    }
}
