using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Html;

namespace MachiDx.Insight.Shared;

/// <summary>
/// A server-rendered SVG chart (grouped bars or lines) with a title and a legend; the page always shows the same
/// numbers in a table next to it, so the chart is an image with a text alternative, not the only source.
/// </summary>
public static class SvgChart
{
    private static readonly string[] Colors = ["#1d4f91", "#b04a00", "#2e7d32", "#6a1b9a", "#5d4037"];

    public sealed record Series(string Name, IReadOnlyList<double?> Values);

    public static IHtmlContent Bars(string id, string title, IReadOnlyList<string> categories, IReadOnlyList<Series> series, string unit) =>
        Render(id, title, categories, series, unit, lines: false);

    public static IHtmlContent Lines(string id, string title, IReadOnlyList<string> categories, IReadOnlyList<Series> series, string unit) =>
        Render(id, title, categories, series, unit, lines: true);

    private static HtmlString Render(string id, string title, IReadOnlyList<string> categories, IReadOnlyList<Series> series, string unit, bool lines)
    {
        ArgumentNullException.ThrowIfNull(categories);
        ArgumentNullException.ThrowIfNull(series);
        const double width = 640, height = 300, left = 56, right = 16, top = 16, bottom = 64;
        var max = series.SelectMany(s => s.Values).Where(v => v.HasValue).Select(v => v!.Value).DefaultIfEmpty(0).Max();
        var scale = NiceMax(max);
        var plotW = width - left - right;
        var plotH = height - top - bottom;
        var slot = categories.Count == 0 ? plotW : plotW / categories.Count;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart\" id=\"{id}\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-labelledby=\"{id}-title\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-title\">{E(title)}（数値は下の表にあります）</title>");
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

        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
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
