using ChatOps.Core.Commands;
using ChatOps.Core.Incidents;
using ChatOps.Core.Messaging;
using ChatOps.Core.Runbooks;

namespace ChatOps.Core.StatusPage;

/// <summary>
/// The "Publish to the status page" part of the status-update form (when the runbook has a status page): whether and
/// with which public status to publish, the public text, and the components with their impact. Left at "no", nothing
/// goes public.
/// </summary>
public static class StatusPageForm
{
    public const string Status = "publish";
    public const string Text = "public-text";
    public const string Components = "public-components";
    public const string DoNotPublish = "no";

    public static IReadOnlyList<FormField> Part(Runbook runbook, Incident incident)
    {
        if (!runbook.StatusPage.IsEnabled || !StatusPageVisibility.Shows(incident)) return [];
        return
        [
            new(Status, "Publish to the status page", FormFieldKind.Select, false,
                [new(DoNotPublish, "No, keep it internal"), new("investigating", "Investigating"), new("identified", "Identified"), new("monitoring", "Monitoring")],
                Initial: DoNotPublish, Hint: "Customers read what you write below; the internal update above stays internal"),
            new(Text, "Public text (what customers read)", FormFieldKind.LongText, false),
            new(Components, "Components and impact", FormFieldKind.Text, false,
                Hint: $"e.g. {runbook.StatusPage.Components[0].Key}=partial_outage; components: {runbook.StatusPage.ComponentKeys}; impacts: {StatusWords.ComponentStatuses}"),
        ];
    }

    /// <summary>The publication the form asks for (null when it asks none); problems go into <paramref name="errors"/> by field.</summary>
    public static PublishCommand? Read(IReadOnlyDictionary<string, string> values, Runbook runbook, Dictionary<string, string> errors)
    {
        var choice = FormValues.Get(values, Status);
        if (choice.Length == 0 || string.Equals(choice, DoNotPublish, StringComparison.OrdinalIgnoreCase)) return null;
        if (!StatusWords.TryParse(choice, out PublicStatus status) || status == PublicStatus.Resolved)
        {
            errors[Status] = "Choose no, investigating, identified or monitoring.";
            return null;
        }
        var text = FormValues.Get(values, Text);
        if (text.Length == 0) errors[Text] = "Write what customers should read; the internal update is never published.";
        var impacts = new List<RequestedImpact>();
        foreach (var pair in FormValues.Get(values, Components).Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = pair.Split('=', 2, StringSplitOptions.TrimEntries);
            try
            {
                if (parts.Length != 2) throw new IncidentRuleException($"'{pair}' is not <component>=<impact>; write e.g. {runbook.StatusPage.Components.FirstOrDefault()?.Key ?? "api"}=partial_outage.");
                StatusPageFlow.ReadImpact(runbook, parts[0], parts[1]);
                impacts.Add(new RequestedImpact(parts[0], parts[1]));
            }
            catch (IncidentRuleException bad)
            {
                errors[Components] = bad.Message;
            }
        }
        return new PublishCommand(PublishPart.Update, status, impacts, text);
    }
}
