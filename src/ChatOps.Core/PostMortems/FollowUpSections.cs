using System.Text;
using ChatOps.Core.Incidents;
using ChatOps.Core.Learning;

namespace ChatOps.Core.PostMortems;

/// <summary>The service credits section as the post-mortem shows it: worked out by the bot, or why there are none.</summary>
public sealed record PostMortemCredits(IReadOnlyList<ServiceMonth> Months, string? None);

/// <summary>The post-mortem's action items table (from /incident action) and its service credits calculation.</summary>
internal static class FollowUpSections
{
    public static IReadOnlyList<string[]> ActionRows(Incident incident, DateTimeOffset now, PostMortemPeople people) =>
        incident.Actions.Count == 0
            ? [["", "", "", "open"]]
            : incident.Actions.Select(a => new[] { $"#{a.Number} {a.Text}", people.Name(a.Owner), Clock.FormatCell(a.DueAt), a.State(now) }).ToList();

    public static void WriteCredits(StringBuilder md, PostMortemCredits credits, Incident incident)
    {
        if (credits.None is { } none)
        {
            md.AppendLine($"Service credits: {none}.").AppendLine();
            return;
        }
        md.AppendLine("Worked out by ChatOps from each incident's impact window (when it began, or was noticed, until mitigated) on the services named, overlapping windows counted once, over the whole calendar month (UTC):").AppendLine();
        foreach (var month in credits.Months)
            md.AppendLine("- " + ServiceCreditText.Describe(month, i => i.Id == incident.Id || !i.Private ? i.Number : "a private incident").ReplaceLineEndings(" "));
        md.AppendLine();
    }
}
