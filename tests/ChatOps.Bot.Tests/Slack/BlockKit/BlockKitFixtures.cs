using System.Text.Json;
using ChatOps.Core.Incidents;
using ChatOps.Core.Messaging;
using ChatOps.Core.Runbooks;
using ChatOps.Tests.Shared;

namespace ChatOps.Bot.Tests.Slack.BlockKit;

/// <summary>Real Core cards and forms from the shipped default runbook, and the published Slack reference files.</summary>
internal static class BlockKitFixtures
{
    public static readonly DateTimeOffset T = new(2026, 3, 14, 9, 0, 0, TimeSpan.Zero);

    private static readonly Lazy<Runbook> DefaultRunbook = new(() =>
        RunbookLoader.LoadOrThrow(File.ReadAllText(RepoFiles.Path("runbooks", "default.yaml")), "default"));

    public static Runbook Runbook => DefaultRunbook.Value;

    public static string SlackReference(params string[] parts) => RepoFiles.Reference(["slack", .. parts]);

    public static JsonDocument ReadJson(params string[] parts) => JsonDocument.Parse(File.ReadAllText(SlackReference(parts)));

    public static Incident Incident(string severity = "P1", string title = "Checkout is down", bool isPrivate = false) =>
        Core.Incidents.Incident.Declare(2026, 3, title, Runbook.FindSeverity(severity)!, "alice", "alice",
            new DeclareDetails("API, Webhooks", "EU customers cannot pay", "Started after the 08:50 deploy", isPrivate),
            "C1", "inc-2026-003-checkout-is-down", T);

    /// <summary>Every kind of card Core posts, from a real runbook and incident.</summary>
    public static IEnumerable<(string Name, Card Card)> RealCards()
    {
        var open = Incident();
        yield return ("incident, open", IncidentCards.Incident(open, Runbook));
        var acknowledged = Incident("P0");
        acknowledged.Acknowledge("bob", T.AddMinutes(2));
        yield return ("incident, acknowledged", IncidentCards.Incident(acknowledged, Runbook));
        var resolved = Incident("P2");
        resolved.Resolve("alice", "Rolled back", T.AddHours(1));
        yield return ("incident, resolved", IncidentCards.Incident(resolved, Runbook));
        for (var i = 0; i < Runbook.Triage.Count; i++)
        {
            yield return ($"triage {Runbook.Triage[i].Id}", IncidentCards.TriageQuestion(open, Runbook.Triage[i], i + 1, Runbook.Triage.Count));
        }
        foreach (var checklist in Runbook.Checklists.Values) yield return ($"checklist {checklist.Key}", IncidentCards.Checklist(checklist));
        yield return ("update reminder", IncidentCards.UpdateReminder(open, "30 minutes since the last update"));
        yield return ("escalation suggestion", IncidentCards.EscalationSuggestion(open, "The database is failing: escalate."));
    }

    public static IEnumerable<(string Name, Form Form)> RealForms()
    {
        yield return ("declare", IncidentForms.Declare(Runbook));
        yield return ("update", IncidentForms.Update(Incident()));
    }
}
