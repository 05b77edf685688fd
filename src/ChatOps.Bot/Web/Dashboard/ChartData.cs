namespace ChatOps.Bot.Web.Dashboard;

/// <summary>One series of a chart: a value per category (null where nothing was measured, drawn as no point).</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<double?> Values);

/// <summary>
/// What a chart shows: its title, the categories along the x axis (periods, severities, services, drills) and the
/// series, with the axes' labels and the unit of the values (shown in tooltips and the table).
/// </summary>
public sealed record ChartData(string Id, string Title, string XLabel, string YLabel, string Unit, IReadOnlyList<string> Categories, IReadOnlyList<ChartSeries> Series)
{
    /// <summary>The largest value the y axis must reach (percent charts pass 100).</summary>
    public double? Ceiling { get; init; }
}
