using System.Text;
using ChatOps.Core.Incidents;
using ChatOps.Core.StatusPage;

namespace ChatOps.Core.PostMortems;

/// <summary>The post-mortem's "Status page" section: the public title and every public update as customers read it; only when something was published.</summary>
public static class StatusPageSection
{
    public const string Heading = "## Status page";

    public static void Write(StringBuilder md, Incident incident, PostMortemPeople people, Action<StringBuilder, string[], IReadOnlyList<string[]>> table)
    {
        if (!incident.WasPublished && incident.ComponentChanges.Count == 0) return;
        md.AppendLine(Heading).AppendLine();
        md.AppendLine($"- **Public title:** {incident.PublicTitle}");
        if (incident.PublicPostMortem is { } postMortem) md.AppendLine($"- **Published post-mortem:** {postMortem.ReplaceLineEndings(" ")}");
        md.AppendLine();
        if (incident.WasPublished)
            table(md, ["Time (UTC)", "Status", "Components", "Public text", "By"],
                incident.PublicUpdates.Select(u => new[]
                {
                    Clock.FormatCell(u.At), StatusWords.Of(u.Status),
                    u.Components.Count == 0 ? "-" : string.Join(", ", u.Components.Select(c => $"{c.Component}: {StatusWords.Of(c.Status)}")),
                    u.Text, people.Name(u.Actor),
                }).ToList());
        if (incident.ComponentChanges.Count > 0)
            table(md, ["Time (UTC)", "Component", "Status", "By"],
                incident.ComponentChanges.Select(c => new[] { Clock.FormatCell(c.At), c.Component, StatusWords.Of(c.Status), people.Name(c.Actor) }).ToList());
    }
}
