using ChatOps.Core.Time;

namespace ChatOps.Core.Learning;

/// <summary>A report as chat text, one figure a line; what is left out of the figures is shown apart at the end.</summary>
public static class ReportText
{
    public static string Render(IncidentReport report)
    {
        var lines = new List<string>
        {
            $"Incident report: {report.Query.Describe()}",
            $"Incidents: {report.Incidents}" + (report.BySeverity.Count == 0 ? "" : $" ({string.Join(", ", report.BySeverity.Select(s => $"{s.Severity} {s.Count}"))})"),
            Duration("Time to detect (MTTD)", report.TimeToDetect, "with a start set by /incident started"),
            Duration("Time to acknowledge (MTTA)", report.TimeToAcknowledge, "acknowledged"),
            Duration("Time to mitigate", report.TimeToMitigate, "mitigated"),
            Duration("Time to resolve (MTTR)", report.TimeToResolve, "resolved"),
            Share("Acknowledged within respond-within", report.RespondWithin),
            Share("Resolved within resolve-within", report.ResolveWithin),
            Share("Severity accuracy (final severity = declared)", report.SeverityAccuracy),
            $"Follow-ups: {report.FollowUps.Open} open, {report.FollowUps.Overdue} overdue",
            "Shown apart (not in the figures above):",
            $"- False alarms: {report.FalseAlarms}",
            Drills(report.Drills),
        };
        return string.Join('\n', lines);
    }

    private static string Duration(string name, DurationFigure figure, string which) => figure.Count == 0
        ? $"{name}: no incidents {which}"
        : $"{name}: mean {Minutes(figure.MeanMinutes!.Value)}, p90 {Minutes(figure.P90Minutes!.Value)} ({figure.Count} {(figure.Count == 1 ? "incident" : "incidents")} {which})";

    private static string Share(string name, ShareFigure share) => share.Of == 0
        ? $"{name}: none to judge yet"
        : $"{name}: {share.Met} of {share.Of} ({ReportQuery.Number(share.Percent!.Value)} %)";

    private static string Drills(DrillFigure drills) => drills.Drills == 0
        ? "- Drills: none"
        : $"- Drills: {drills.Drills} ({drills.Ended} ended with a scorecard)"
          + (drills.Targets.Of == 0 ? "" : $"; targets met {drills.Targets.Met} of {drills.Targets.Of} ({ReportQuery.Number(drills.Targets.Percent!.Value)} %)");

    private static string Minutes(double minutes) => $"{ReportQuery.Number(minutes)} min ({DurationText.Approximate(TimeSpan.FromMinutes(minutes))})";
}
