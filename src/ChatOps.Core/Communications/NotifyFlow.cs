using ChatOps.Core.Engine;
using ChatOps.Core.Incidents;
using ChatOps.Core.Messaging;
using ChatOps.Core.Ports;
using ChatOps.Core.Runbooks;

namespace ChatOps.Core.Communications;

/// <summary>
/// Tells an audience about an incident: its template filled with the incident's facts and the responder's message, posted
/// to each of its chat channels and emailed (plain text, one message per address) through <see cref="IMailer"/>, all
/// recorded on the incident. Callers save.
/// </summary>
public static class NotifyFlow
{
    /// <summary>
    /// The one place that decides whether an incident may reach its audiences at all (and so whether it owes them
    /// anything): not once it is closed, and never a drill, so a rehearsal never reaches real customers and is never
    /// reminded to.
    /// </summary>
    public static bool MayNotify(Incident incident) => incident.Status != IncidentStatus.Closed && !incident.IsDrill;

    public static async Task<IReadOnlyList<CommunicationRecord>> NotifyAsync(EngineCall call, Incident incident, CommsAudience audience, string? message, CancellationToken ct)
    {
        if (incident.IsDrill) throw new IncidentRuleException($"{incident.Number} is a drill: audiences are never told about a drill, so no customer hears of a rehearsal. Note what you would have sent with /incident note.");
        if (!MayNotify(incident)) throw new IncidentRuleException($"Cannot notify stakeholders of {incident.Number}: it is {incident.Status.ToString().ToLowerInvariant()}.");
        var template = call.Runbook.Communications.Template(audience.Template);
        var values = call.TemplateValues(incident, string.IsNullOrWhiteSpace(message) ? DefaultMessage(incident) : message.Trim());
        values["audience"] = audience.Name;
        var chat = TemplateText.Fill(template.Chat, values);
        var subject = MailText.Subject(TemplateText.Fill(template.Subject, values));
        var body = MailText.Body(TemplateText.Fill(template.Body, values));

        var records = new List<CommunicationRecord>();
        CommunicationRecord Next(CommunicationVia via, string target, CommunicationState state) =>
            new(incident.NextCommunicationId(records.Count), call.Now, call.Actor, audience.Key, via, target, state);
        foreach (var channel in audience.Channels)
        {
            await call.Chat.PostAsync(channel, new ChatMessage(chat), ct);
            records.Add(Next(CommunicationVia.Chat, channel, CommunicationState.Posted));
        }
        foreach (var address in audience.Email)
        {
            if (call.Mailer.Unavailable is { } why)
            {
                records.Add(Next(CommunicationVia.Email, address, CommunicationState.NotSent) with { Detail = why });
                continue;
            }
            var record = Next(CommunicationVia.Email, address, CommunicationState.Queued);
            await call.Mailer.SendAsync(new MailRequest(record.Id, incident.Number, incident.ChannelId, audience.Key, address, subject, body), ct);
            records.Add(record);
        }
        return incident.RecordNotification(call.Actor, audience.Key, records, call.Now);
    }

    /// <summary>The message when the responder gave none: what is known of the incident, never its internal title.</summary>
    public static string DefaultMessage(Incident incident) =>
        incident.AffectedServices.Length > 0
            ? $"We are currently investigating an issue affecting {incident.AffectedServices}."
            : "We are currently investigating an issue affecting our service.";
}
