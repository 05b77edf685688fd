using ChatOps.Core.Learning;

namespace ChatOps.Bot.Web;

/// <summary>The JSON of an <see cref="IncidentReport"/> (camelCase; minutes as numbers, null when nothing was measured). Documented in the README.</summary>
public static class ReportJson
{
    public static object From(IncidentReport report) => new
    {
        period = new { label = report.Query.Period, from = report.Query.From, to = report.Query.To },
        filters = new { severity = report.Query.Severity, service = report.Query.Service },
        generatedAt = report.GeneratedAt,
        incidents = report.Incidents,
        bySeverity = report.BySeverity.Select(s => new { severity = s.Severity, count = s.Count }),
        timeToDetect = Duration(report.TimeToDetect),
        timeToAcknowledge = Duration(report.TimeToAcknowledge),
        timeToMitigate = Duration(report.TimeToMitigate),
        timeToResolve = Duration(report.TimeToResolve),
        respondWithin = Share(report.RespondWithin),
        resolveWithin = Share(report.ResolveWithin),
        severityAccuracy = Share(report.SeverityAccuracy),
        followUps = new { open = report.FollowUps.Open, overdue = report.FollowUps.Overdue },
        apart = new
        {
            falseAlarms = report.FalseAlarms,
            drills = new { count = report.Drills.Drills, ended = report.Drills.Ended, targets = Share(report.Drills.Targets) },
        },
    };

    private static object Duration(DurationFigure figure) => new { count = figure.Count, meanMinutes = figure.MeanMinutes, p90Minutes = figure.P90Minutes };

    private static object Share(ShareFigure share) => new { met = share.Met, of = share.Of, percent = share.Percent };
}
