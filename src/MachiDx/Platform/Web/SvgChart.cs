using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Html;

namespace MachiDx.Platform.Web;

/// <summary>
/// The one server-rendered SVG chart of every module (grouped bars, horizontal bars or lines) with a title and a
/// legend; the page always shows the same numbers in a table next to it, so the chart is an image with a text
/// alternative, not the only source.
/// </summary>
public static class SvgChart
{
    private static readonly string[] Colors = ["#1d4f91", "#b04a00", "#2e7d32", "#6a1b9a", "#5d4037"];

    private const string ReferenceColor = "#8a3b00";

    public sealed record Series(string Name, IReadOnlyList<double?> Values);

    /// <summary>A value to compare against (a national figure), drawn as a dashed line across the plot and named in the legend.</summary>
    public sealed record Reference(string Name, double Value);

    public static IHtmlContent Bars(string id, string title, IReadOnlyList<string> categories, IReadOnlyList<Series> series, string unit) =>
        Render(id, title, categories, series, unit, lines: false, fixedMax: null, reference: null);

    /// <summary>Lines; <paramref name="fixedMax"/> fixes the scale (100 for a percentage), <paramref name="reference"/> adds a dashed comparison.</summary>
    public static IHtmlContent Lines(string id, string title, IReadOnlyList<string> categories, IReadOnlyList<Series> series, string unit,
        double? fixedMax = null, Reference? reference = null) =>
        Render(id, title, categories, series, unit, lines: true, fixedMax, reference);

    private static HtmlString Render(string id, string title, IReadOnlyList<string> categories, IReadOnlyList<Series> series, string unit, bool lines,
        double? fixedMax, Reference? reference)
    {
        ArgumentNullException.ThrowIfNull(categories);
        ArgumentNullException.ThrowIfNull(series);
        const double width = 640, height = 300, left = 56, right = 16, top = 16, bottom = 64;
        var max = series.SelectMany(s => s.Values).Where(v => v.HasValue).Select(v => v!.Value).DefaultIfEmpty(0).Max();
        var scale = fixedMax ?? NiceMax(Math.Max(max, reference?.Value ?? 0));
        var plotW = width - left - right;
        var plotH = height - top - bottom;
        var slot = categories.Count == 0 ? plotW : plotW / categories.Count;
        var svg = new StringBuilder();
        Open(svg, id, title, width, height);
        for (var i = 0; i <= 4; i++)
        {
            var value = scale * i / 4;
            var y = top + plotH - (plotH * i / 4);
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{left}\" x2=\"{width - right}\" y1=\"{y:0.#}\" y2=\"{y:0.#}\" stroke=\"#c8c8c8\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{left - 6}\" y=\"{y + 4:0.#}\" text-anchor=\"end\" font-size=\"11\" fill=\"#1a1a1a\">{value:#,0.#}</text>");
        }

        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"4\" y=\"{top - 4}\" font-size=\"11\" fill=\"#1a1a1a\">{E(unit)}</text>");
        for (var c = 0; c < categories.Count; c++)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{left + (slot * c) + (slot / 2):0.#}\" y=\"{height - bottom + 16}\" text-anchor=\"middle\" font-size=\"11\" fill=\"#1a1a1a\">{E(categories[c])}</text>");
        }

        for (var s = 0; s < series.Count; s++)
        {
            var color = Colors[s % Colors.Length];
            var points = new List<string>();
            for (var c = 0; c < categories.Count && c < series[s].Values.Count; c++)
            {
                if (series[s].Values[c] is not { } v)
                {
                    continue;
                }

                var h = scale == 0 ? 0 : plotH * v / scale;
                if (lines)
                {
                    var x = left + (slot * c) + (slot / 2);
                    points.Add(string.Create(CultureInfo.InvariantCulture, $"{x:0.#},{top + plotH - h:0.#}"));
                    svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{x:0.#}\" cy=\"{top + plotH - h:0.#}\" r=\"3\" fill=\"{color}\"/>");
                }
                else
                {
                    var barW = slot * 0.8 / series.Count;
                    var x = left + (slot * c) + (slot * 0.1) + (barW * s);
                    svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x:0.#}\" y=\"{top + plotH - h:0.#}\" width=\"{barW:0.#}\" height=\"{h:0.#}\" fill=\"{color}\"/>");
                }
            }

            if (lines && points.Count > 0)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<polyline fill=\"none\" stroke=\"{color}\" stroke-width=\"2\" points=\"{string.Join(' ', points)}\"/>");
            }

            var lx = left + (s * 150);
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{lx}\" y=\"{height - 24}\" width=\"12\" height=\"12\" fill=\"{color}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{lx + 16}\" y=\"{height - 14}\" font-size=\"12\" fill=\"#1a1a1a\">{E(series[s].Name)}</text>");
        }

        if (reference is not null)
        {
            var y = top + plotH - (scale == 0 ? 0 : plotH * Math.Min(reference.Value, scale) / scale);
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{left}\" x2=\"{width - right}\" y1=\"{y:0.#}\" y2=\"{y:0.#}\" stroke=\"{ReferenceColor}\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>");
            var lx = left + (series.Count * 150);
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{lx}\" x2=\"{lx + 12}\" y1=\"{height - 18}\" y2=\"{height - 18}\" stroke=\"{ReferenceColor}\" stroke-width=\"2\" stroke-dasharray=\"3 2\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{lx + 16}\" y=\"{height - 14}\" font-size=\"12\" fill=\"#1a1a1a\">{E(reference.Name)}</text>");
        }

        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }

    /// <summary>
    /// Horizontal grouped bars, one row per category (labels on the left), for long category names such as procedures.
    /// Labels longer than 14 characters are shortened with "…" (the table under the chart has them in full).
    /// </summary>
    public static IHtmlContent HorizontalBars(string id, string title, IReadOnlyList<string> categories, IReadOnlyList<Series> series, string unit)
    {
        ArgumentNullException.ThrowIfNull(categories);
        ArgumentNullException.ThrowIfNull(series);
        const double width = 640, left = 210, right = 56, top = 28, barH = 12, gap = 10, legendH = 30;
        var rowH = (Math.Max(1, series.Count) * barH) + gap;
        var height = top + (categories.Count * rowH) + legendH;
        var max = series.SelectMany(s => s.Values).Where(v => v.HasValue).Select(v => v!.Value).DefaultIfEmpty(0).Max();
        var scale = NiceMax(max);
        var plotW = width - left - right;
        var plotBottom = top + (categories.Count * rowH);
        var svg = new StringBuilder();
        Open(svg, id, title, width, height);
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{width - right + 4}\" y=\"{top - 12}\" font-size=\"11\" fill=\"#1a1a1a\">{E(unit)}</text>");
        for (var i = 0; i <= 4; i++)
        {
            var x = left + (plotW * i / 4);
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{x:0.#}\" x2=\"{x:0.#}\" y1=\"{top - 4}\" y2=\"{plotBottom:0.#}\" stroke=\"#c8c8c8\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x:0.#}\" y=\"{top - 12}\" text-anchor=\"middle\" font-size=\"11\" fill=\"#1a1a1a\">{scale * i / 4:#,0.#}</text>");
        }

        for (var c = 0; c < categories.Count; c++)
        {
            var rowTop = top + (c * rowH);
            var label = categories[c].Length > 14 ? categories[c][..13] + "…" : categories[c];
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{left - 6}\" y=\"{rowTop + (rowH / 2) + 2:0.#}\" text-anchor=\"end\" font-size=\"11\" fill=\"#1a1a1a\">{E(label)}</text>");
            for (var s = 0; s < series.Count; s++)
            {
                if (c >= series[s].Values.Count || series[s].Values[c] is not { } v)
                {
                    continue;
                }

                var w = plotW * v / scale;
                var y = rowTop + (gap / 2) + (s * barH);
                svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{left}\" y=\"{y:0.#}\" width=\"{w:0.#}\" height=\"{barH - 1}\" fill=\"{Colors[s % Colors.Length]}\"/>");
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{left + w + 3:0.#}\" y=\"{y + barH - 2:0.#}\" font-size=\"10\" fill=\"#1a1a1a\">{v:#,0.#}</text>");
            }
        }

        for (var s = 0; s < series.Count; s++)
        {
            var lx = left + (s * 150);
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{lx}\" y=\"{height - 22}\" width=\"12\" height=\"12\" fill=\"{Colors[s % Colors.Length]}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{lx + 16}\" y=\"{height - 12}\" font-size=\"12\" fill=\"#1a1a1a\">{E(series[s].Name)}</text>");
        }

        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }

    /// <summary>The svg element: an image whose name is the title (aria-label and a title element), pointing to the table.</summary>
    private static void Open(StringBuilder svg, string id, string title, double width, double height)
    {
        var name = E(title + "（数値は下の表にあります）");
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart\" id=\"{id}\" viewBox=\"0 0 {width} {height:0.#}\" role=\"img\" aria-label=\"{name}\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title>{name}</title>");
    }

    private static double NiceMax(double max)
    {
        if (max <= 0)
        {
            return 1;
        }

        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(max)));
        var step = new[] { 1, 2, 2.5, 5, 10 }.First(m => m * magnitude >= max);
        return step * magnitude;
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
