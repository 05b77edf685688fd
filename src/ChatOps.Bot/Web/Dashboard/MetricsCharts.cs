using System.Text;
using ChatOps.Core.Learning;

namespace ChatOps.Bot.Web.Dashboard;

/// <summary>The metrics page's charts, one <see cref="ChartData"/> each from a <see cref="ReportSeries"/>.</summary>
public static class MetricsCharts
{
    public static string Body(ReportSeries series, string json)
    {
        var whole = series.Whole;
        var per = series.Bucket == ReportBucket.Week ? "Week (starting Monday, UTC)" : "Month (UTC)";
        var periods = series.Periods.Select(p => p.Period.Label).ToList();
        var html = new StringBuilder($"<p class=\"count\" id=\"summary\">{Html.Text(whole.Query.Describe())}: {whole.Incidents} incident{(whole.Incidents == 1 ? "" : "s")}")
            .Append($" (false alarms {whole.FalseAlarms} and drills {whole.Drills.Drills} shown apart). ")
            .Append($"<a href=\"{Html.Text(json)}\">As JSON</a></p>");
        if (whole.Incidents == 0) html.Append($"<p class=\"empty\">{MetricsPage.NoIncidents}</p>");
        else
        {
            html.Append("<div class=\"charts\">");
            html.Append(SvgChart.Lines(new ChartData("mtta", "Time to acknowledge (MTTA) by severity", per, "Mean time to acknowledge", "min", periods,
                series.Severities.Select(s => new ChartSeries(s, series.Periods.Select(p => Of(p, s).TimeToAcknowledge.MeanMinutes).ToList())).ToList())));
            html.Append(SvgChart.Lines(new ChartData("mttr", "Time to resolve (MTTR) by severity", per, "Mean time to resolve", "min", periods,
                series.Severities.Select(s => new ChartSeries(s, series.Periods.Select(p => Of(p, s).TimeToResolve.MeanMinutes).ToList())).ToList())));
            html.Append(SvgChart.Bars(new ChartData("by-severity", "Incidents by severity", "Severity (final)", "Count", "incidents",
                whole.BySeverity.Select(s => s.Severity).ToList(), [new ChartSeries("Incidents", whole.BySeverity.Select(s => (double?)s.Count).ToList())]) { Ceiling = 5 }));
            html.Append(SvgChart.Bars(new ChartData("by-service", "Incidents by service", "Service", "Count", "incidents",
                series.ByService.Select(s => s.Service).ToList(), [new ChartSeries("Incidents", series.ByService.Select(s => (double?)s.Count).ToList())]) { Ceiling = 5 }));
            html.Append(SvgChart.Lines(new ChartData("within-targets", "Share within targets", per, "Share of judged incidents", "%", periods,
            [
                new ChartSeries("Acknowledged within respond-within", series.Periods.Select(p => p.Report.RespondWithin.Percent).ToList()),
                new ChartSeries("Resolved within resolve-within", series.Periods.Select(p => p.Report.ResolveWithin.Percent).ToList()),
            ]) { Ceiling = 100 }));
            html.Append("</div>");
        }
        if (series.Drills.Count == 0) html.Append("<h2>Drill scores</h2><p class=\"empty\">No drill ended in this period.</p>");
        else
            html.Append(SvgChart.Lines(new ChartData("drill-scores", "Drill scores", "Drill (start date, incident)", "Phase targets met", "%",
                series.Drills.Select(d => $"{d.StartedAt.UtcDateTime:yyyy-MM-dd} {d.Incident}").ToList(),
                [new ChartSeries("Targets met", series.Drills.Select(d => d.Targets.Percent).ToList())]) { Ceiling = 100 }));
        return html.ToString();
    }

    private static SeverityTimes Of(PeriodFigures period, string severity) => period.BySeverity.Single(s => s.Severity == severity);
}
