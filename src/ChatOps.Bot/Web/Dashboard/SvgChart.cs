using System.Globalization;
using System.Text;

namespace ChatOps.Bot.Web.Dashboard;

/// <summary>
/// Charts drawn on the server as inline SVG (markup, so the content security policy needs no exception, and no script
/// or CDN): axes with labelled ticks and units, one colour per series (classes <c>s0</c>, <c>s1</c>... in the style
/// sheet), a legend, a <c>&lt;title&gt;</c>, every point an element carrying <c>data-point</c>, <c>data-series</c>,
/// <c>data-category</c> and <c>data-value</c> with its own tooltip, and the same numbers in a table under it.
/// </summary>
public static class SvgChart
{
    private const double Width = 760, Height = 280, Left = 64, Right = 16, Top = 16, Bottom = 72;
    private const double PlotWidth = Width - Left - Right, PlotHeight = Height - Top - Bottom;
    private const int Ticks = 5;

    public static string Lines(ChartData chart) => Figure(chart, (svg, scale) =>
    {
        var step = PlotWidth / chart.Categories.Count;
        for (var s = 0; s < chart.Series.Count; s++)
        {
            var series = chart.Series[s];
            var path = new StringBuilder();
            var joined = false;
            for (var c = 0; c < chart.Categories.Count; c++)
            {
                if (series.Values[c] is not { } value)
                {
                    joined = false;
                    continue;
                }
                path.Append(joined ? " L" : " M").Append(Number(Left + step * (c + 0.5))).Append(' ').Append(Number(scale(value)));
                joined = true;
            }
            if (path.Length > 0) svg.Append($"<path class=\"line s{s % Colours}\" d=\"{path.ToString().Trim()}\"/>");
            // Earlier series get larger points, so a later series' point on the same value leaves a ring visible.
            for (var c = 0; c < chart.Categories.Count; c++)
                if (series.Values[c] is { } value)
                    svg.Append($"<circle class=\"point s{s % Colours}\" cx=\"{Number(Left + step * (c + 0.5))}\" cy=\"{Number(scale(value))}\" r=\"{Math.Max(3, 6 - s)}\"{Data(chart, s, c, value)}</circle>");
        }
    });

    public static string Bars(ChartData chart) => Figure(chart, (svg, scale) =>
    {
        var step = PlotWidth / chart.Categories.Count;
        var bar = step * 0.8 / chart.Series.Count;
        for (var c = 0; c < chart.Categories.Count; c++)
            for (var s = 0; s < chart.Series.Count; s++)
            {
                if (chart.Series[s].Values[c] is not { } value) continue;
                var x = Left + step * c + step * 0.1 + bar * s;
                var y = scale(value);
                svg.Append($"<rect class=\"bar s{s % Colours}\" x=\"{Number(x)}\" y=\"{Number(y)}\" width=\"{Number(bar)}\" height=\"{Number(Top + PlotHeight - y)}\"{Data(chart, s, c, value)}</rect>");
            }
    });

    private const int Colours = 6;

    private static string Figure(ChartData chart, Action<StringBuilder, Func<double, double>> draw)
    {
        var max = chart.Series.SelectMany(s => s.Values).OfType<double>().DefaultIfEmpty(0).Max();
        var top = NiceTop(Math.Max(max, chart.Ceiling ?? 0));
        double Scale(double value) => Top + PlotHeight - value / top * PlotHeight;
        var titleId = chart.Id + "-title";
        var html = new StringBuilder($"<figure class=\"chart\" id=\"{chart.Id}\"><figcaption><h2>{Html.Text(chart.Title)}</h2></figcaption>");
        html.Append($"<svg viewBox=\"0 0 {Number(Width)} {Number(Height)}\" role=\"img\" aria-labelledby=\"{titleId}\" xmlns=\"http://www.w3.org/2000/svg\">")
            .Append($"<title id=\"{titleId}\">{Html.Text($"{chart.Title}: {chart.YLabel} by {chart.XLabel.ToLowerInvariant()}; the values are in the table below")}</title>");
        for (var t = 0; t <= Ticks; t++)
        {
            var value = top / Ticks * t;
            var y = Number(Scale(value));
            html.Append($"<line class=\"grid\" x1=\"{Number(Left)}\" x2=\"{Number(Left + PlotWidth)}\" y1=\"{y}\" y2=\"{y}\"/>")
                .Append($"<text class=\"tick\" x=\"{Number(Left - 6)}\" y=\"{y}\" text-anchor=\"end\" dominant-baseline=\"middle\">{Number(value)}</text>");
        }
        var step = PlotWidth / Math.Max(1, chart.Categories.Count);
        for (var c = 0; c < chart.Categories.Count; c++)
        {
            var x = Number(Left + step * (c + 0.5));
            var y = Number(Top + PlotHeight + 14);
            html.Append($"<text class=\"tick\" x=\"{x}\" y=\"{y}\" text-anchor=\"end\" transform=\"rotate(-30 {x} {y})\">{Html.Text(chart.Categories[c])}</text>");
        }
        html.Append($"<line class=\"axis\" x1=\"{Number(Left)}\" x2=\"{Number(Left)}\" y1=\"{Number(Top)}\" y2=\"{Number(Top + PlotHeight)}\"/>")
            .Append($"<line class=\"axis\" x1=\"{Number(Left)}\" x2=\"{Number(Left + PlotWidth)}\" y1=\"{Number(Top + PlotHeight)}\" y2=\"{Number(Top + PlotHeight)}\"/>")
            .Append($"<text class=\"axis-label\" x=\"{Number(Left + PlotWidth / 2)}\" y=\"{Number(Height - 6)}\" text-anchor=\"middle\">{Html.Text(chart.XLabel)}</text>")
            .Append($"<text class=\"axis-label\" x=\"14\" y=\"{Number(Top + PlotHeight / 2)}\" text-anchor=\"middle\" transform=\"rotate(-90 14 {Number(Top + PlotHeight / 2)})\">{Html.Text($"{chart.YLabel} ({chart.Unit})")}</text>");
        draw(html, Scale);
        html.Append("</svg><ul class=\"legend\" aria-label=\"Legend\">");
        for (var s = 0; s < chart.Series.Count; s++)
            html.Append($"<li><span class=\"swatch s{s % Colours}\" aria-hidden=\"true\"></span>{Html.Text(chart.Series[s].Name)}</li>");
        html.Append("</ul>").Append(Table(chart)).Append("</figure>");
        return html.ToString();
    }

    private static string Data(ChartData chart, int series, int category, double value)
    {
        var name = chart.Series[series].Name;
        var at = chart.Categories[category];
        return $" data-point=\"{Html.Text($"{name} {at}")}\" data-series=\"{Html.Text(name)}\" data-category=\"{Html.Text(at)}\" data-value=\"{Number(value)}\">"
            + $"<title>{Html.Text($"{name}, {at}: {Number(value)} {chart.Unit}")}</title>";
    }

    private static string Table(ChartData chart)
    {
        var html = new StringBuilder($"<details><summary>The values as a table</summary><table class=\"chart-data\" data-chart=\"{chart.Id}\"><caption>{Html.Text($"{chart.Title} ({chart.Unit})")}</caption><thead><tr><th scope=\"col\">{Html.Text(chart.XLabel)}</th>");
        foreach (var series in chart.Series) html.Append($"<th scope=\"col\">{Html.Text(series.Name)}</th>");
        html.Append("</tr></thead><tbody>");
        for (var c = 0; c < chart.Categories.Count; c++)
        {
            html.Append($"<tr><th scope=\"row\">{Html.Text(chart.Categories[c])}</th>");
            foreach (var series in chart.Series) html.Append($"<td>{(series.Values[c] is { } value ? Number(value) : "-")}</td>");
            html.Append("</tr>");
        }
        return html.Append("</tbody></table></details>").ToString();
    }

    /// <summary>The top of the y axis: the smallest 1, 2, 2.5 or 5 times a power of ten, times <see cref="Ticks"/>, at or above <paramref name="max"/>.</summary>
    public static double NiceTop(double max)
    {
        if (max <= 0) return Ticks;
        var raw = max / Ticks;
        var power = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var step = new[] { 1, 2, 2.5, 5, 10 }.Select(f => f * power).First(s => s >= raw - 1e-9);
        return step * Ticks;
    }

    public static string Number(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);
}
