namespace ChatOps.Core.Incidents;

/// <summary>What responders learn as the incident goes on: when it began and was noticed, its impact and affected services.</summary>
public sealed partial class Incident
{
    /// <summary>
    /// When it really began (it usually began before anyone declared it): not after it was noticed, nor in the future.
    /// </summary>
    public void SetStarted(string actor, DateTimeOffset startedAt, DateTimeOffset now)
    {
        RequireNotClosed("set when it started for");
        if (startedAt > now) throw new IncidentRuleException($"{Clock.Format(startedAt)} is in the future; say when {Number} began, e.g. /incident started 14:30.");
        if (startedAt > Noticed)
            throw new IncidentRuleException($"{Number} was noticed at {Clock.Format(Noticed)}, so it began no later than that; set an earlier time, or correct the detection first with /incident detected.");
        StartedAt = startedAt;
        AddParticipant(actor);
        Record(now, actor, "started", $"Began at {Clock.Format(startedAt)}");
    }

    /// <summary>When it was noticed (a probe went red, an alert fired): between when it began and when it was declared.</summary>
    public void SetDetected(string actor, DateTimeOffset detectedAt, DateTimeOffset now)
    {
        RequireNotClosed("set when it was detected for");
        if (detectedAt > DeclaredAt)
            throw new IncidentRuleException($"{Number} was declared at {Clock.Format(DeclaredAt)}, so it was noticed no later than that; set an earlier time.");
        if (StartedAt is { } began && detectedAt < began)
            throw new IncidentRuleException($"{Number} began at {Clock.Format(began)}, so it cannot have been noticed before that; set a later time, or correct the start first with /incident started.");
        DetectedAt = detectedAt;
        AddParticipant(actor);
        Record(now, actor, "detected", $"Noticed at {Clock.Format(detectedAt)}");
    }

    /// <summary>Who is affected and how, as it becomes known (updates stop saying "Being assessed").</summary>
    public void SetImpact(string actor, string impact, DateTimeOffset now)
    {
        RequireNotClosed("set the impact of");
        impact = RequireText(impact, "/incident impact <who is affected and how>");
        if (impact == Impact) throw new IncidentRuleException($"The impact of {Number} already says that.");
        Impact = impact;
        AddParticipant(actor);
        Record(now, actor, "impact", $"Impact: {impact}");
    }

    /// <summary>The affected services, as they become known.</summary>
    public void SetAffectedServices(string actor, string services, DateTimeOffset now)
    {
        RequireNotClosed("set the affected services of");
        services = RequireText(services, "/incident services <service, service...>");
        if (services == AffectedServices) throw new IncidentRuleException($"The affected services of {Number} already say that.");
        AffectedServices = services;
        AddParticipant(actor);
        Record(now, actor, "services", $"Affected services: {services}");
    }

    private static string RequireText(string text, string usage) =>
        string.IsNullOrWhiteSpace(text) ? throw new IncidentRuleException($"Say what: {usage}.") : text.Trim();
}
