using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace MachiDx.Procedures.Kpi.Report;

/// <summary>
/// A server-rendered SVG line of the monthly オンライン利用率 (0–100%) over a fiscal year, with the national figure
/// as a dashed line when there is one. Decorative detail is hidden from screen readers; the page shows the same
/// numbers in a table next to it.
/// </summary>
internal static class TrendChart
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    private const int Width = 640, Height = 260, Left = 48, Right = 16, Top = 16, Bottom = 40;

    public static IHtmlContent Render(IReadOnlyList<UsageSum> months, double? national, string title)
    {
        var plotW = Width - Left - Right;
        var plotH = Height - Top - Bottom;
        double X(int i) => Left + (months.Count <= 1 ? 0 : plotW * i / (double)(months.Count - 1));
        double Y(double rate) => Top + (plotH * (1 - (rate / 100.0)));
        static string N(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);

        var svg = new StringBuilder();
        var enc = Encoder;
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"kpi-chart\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-labelledby=\"trend-title trend-desc\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append("<title id=\"trend-title\">").Append(enc.Encode(title)).Append("</title>");
        var points = months.Select((m, i) => (m, i)).Where(p => p.m.OnlineRatePercent is not null).ToList();
        var desc = points.Count == 0
            ? "この年度はまだ件数がありません。"
            : string.Join("、", points.Select(p => $"{p.m.Label} {KpiText.Rate(p.m.OnlineRatePercent)}")) + (national is { } nat ? $"。全国平均 {KpiText.Rate(nat)}" : "");
        svg.Append("<desc id=\"trend-desc\">").Append(enc.Encode(desc)).Append("</desc>");
        svg.Append("<g aria-hidden=\"true\" font-size=\"12\" fill=\"#1a1a1a\">");
        foreach (var tick in new[] { 0, 25, 50, 75, 100 })
        {
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{N(Y(tick))}\" y2=\"{N(Y(tick))}\" stroke=\"#c8c8c8\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 6}\" y=\"{N(Y(tick) + 4)}\" text-anchor=\"end\">{tick}%</text>");
        }

        for (var i = 0; i < months.Count; i++)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(X(i))}\" y=\"{Height - Bottom + 18}\" text-anchor=\"middle\">{enc.Encode(months[i].Label)}</text>");
        }

        if (national is { } n)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{N(Y(n))}\" y2=\"{N(Y(n))}\" stroke=\"#8a3b00\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Width - Right}\" y=\"{N(Y(n) - 6)}\" text-anchor=\"end\" fill=\"#8a3b00\">全国 {KpiText.Rate(n)}</text>");
        }

        if (points.Count > 1)
        {
            svg.Append("<polyline fill=\"none\" stroke=\"#0b5cad\" stroke-width=\"3\" points=\"")
                .AppendJoin(' ', points.Select(p => N(X(p.i)) + "," + N(Y(p.m.OnlineRatePercent!.Value))))
                .Append("\"/>");
        }

        foreach (var (m, i) in points)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{N(X(i))}\" cy=\"{N(Y(m.OnlineRatePercent!.Value))}\" r=\"4\" fill=\"#0b5cad\"/>");
        }

        svg.Append("<text x=\"").Append(Left).Append("\" y=\"").Append(Height - 4).Append("\">").Append(national is null ? "━ この市" : "━ この市　┅ 全国平均（2020年度）").Append("</text>");
        svg.Append("</g></svg>");
        return new HtmlString(svg.ToString());
    }
}
