using System.Xml.Linq;
using ChatOps.Bot.Web.Dashboard;

namespace ChatOps.Bot.Tests.Dashboard;

/// <summary>The server-drawn charts: well-formed SVG, a point per measured value, gaps where nothing was measured, text inert.</summary>
public sealed class SvgChartTests
{
    private static readonly ChartData Chart = new("c", "Time to <b>resolve</b>", "Week", "Mean", "min", ["w1", "w2", "w3"],
    [
        new ChartSeries("P1", [10, null, 30]),
        new ChartSeries("<script>alert(1)</script>", [null, 5, null]),
    ]);

    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static XElement SvgOf(string html)
    {
        var start = html.IndexOf("<svg", StringComparison.Ordinal);
        var end = html.IndexOf("</svg>", StringComparison.Ordinal) + "</svg>".Length;
        return XElement.Parse(html[start..end]);
    }

    [Fact]
    public void A_line_chart_has_a_point_per_value_and_breaks_its_line_where_a_value_is_missing()
    {
        var svg = SvgOf(SvgChart.Lines(Chart));

        var points = svg.Descendants(Svg + "circle").ToList();
        Assert.Equal(["10", "30", "5"], points.Select(p => (string?)p.Attribute("data-value")));
        Assert.Equal(["w1", "w3", "w2"], points.Select(p => (string?)p.Attribute("data-category")));
        Assert.Equal("P1, w3: 30 min", points[1].Element(Svg + "title")!.Value);
        // P1 has values at w1 and w3 only: two separate moves, no line drawn across w2.
        var p1 = svg.Descendants(Svg + "path").First().Attribute("d")!.Value;
        Assert.Equal(2, p1.Count(ch => ch == 'M'));
        Assert.DoesNotContain("L", p1, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_piece_of_text_is_escaped_in_the_svg_the_legend_and_the_table()
    {
        var html = SvgChart.Bars(Chart);

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        var svg = SvgOf(html);
        Assert.Equal("<script>alert(1)</script>", (string?)svg.Descendants(Svg + "rect").Single(r => (string?)r.Attribute("data-category") == "w2").Attribute("data-series"));
        Assert.StartsWith("Time to <b>resolve</b>", svg.Element(Svg + "title")!.Value);
        Assert.Contains("<th scope=\"col\">&lt;script&gt;alert(1)&lt;/script&gt;</th>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><th scope=\"row\">w2</th><td>-</td><td>5</td></tr>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 5)]
    [InlineData(2, 2.5)]
    [InlineData(4, 5)]
    [InlineData(30, 50)]
    [InlineData(180, 250)]
    [InlineData(100, 100)]
    [InlineData(1234, 1250)]
    public void The_y_axis_ends_at_a_round_number_at_or_above_the_largest_value(double max, double top)
    {
        Assert.Equal(top, SvgChart.NiceTop(max));
    }
}
