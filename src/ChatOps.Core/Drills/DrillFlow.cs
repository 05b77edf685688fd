using ChatOps.Core.Commands;
using ChatOps.Core.Engine;
using ChatOps.Core.Incidents;
using ChatOps.Core.Messaging;
using ChatOps.Core.Reminders;
using ChatOps.Core.Runbooks;
using ChatOps.Core.Time;

namespace ChatOps.Core.Drills;

/// <summary>
/// A drill from start to scorecard: declared like an incident of the scenario's severity and kind (but marked DRILL,
/// never paging, unannounced unless the runbook says so), its injects posted as it proceeds, and at its end the
/// scorecard posted, a row added to the drill log and the log rewritten beside the post-mortems.
/// </summary>
public static class DrillFlow
{
    public static async Task<Incident> StartAsync(EngineCall call, DrillScenario scenario, CancellationToken ct)
    {
        var severity = call.RequireSeverity(scenario.Severity);
        var kind = scenario.Kind is { } key ? call.Runbook.FindKind(key) ?? throw new IncidentRuleException(call.Runbook.UnknownKind(key)) : null;
        var details = DeclareDetails.None with { Description = scenario.Description, Kind = kind?.Key };
        var incident = await Declare.OpenAsync(call, new Declaration(severity, scenario.Name, details, kind, null, null, call.Actor, Drill: scenario), ct);
        await call.PostCardAsync(incident, Brief(incident, scenario), ct: ct);
        await call.SaveAsync(incident, ct);
        return incident;
    }

    /// <summary>What the team is told at the start: the scenario, its targets, its checklist, and how to time and end it.</summary>
    public static Card Brief(Incident incident, DrillScenario scenario)
    {
        var facts = new List<Fact> { new("Scenario", $"{scenario.Id}: {scenario.Name}") };
        foreach (var phase in DrillPhases.All)
            if (scenario.Targets.For(phase) is { } target)
                facts.Add(new(DrillPhases.Title(phase), $"within {DurationText.Format(target)} of the {(phase == DrillPhase.PostMortem ? "resolution" : "start")}"));
        if (scenario.Targets.Rto is { } rto) facts.Add(new("RTO", $"service restored within {DurationText.Format(rto)} of the start"));
        var sections = new List<string>();
        if (scenario.Description.Length > 0) sections.Add(scenario.Description);
        if (scenario.Checklist.Count > 0) sections.Add("Checklist:\n" + string.Join('\n', scenario.Checklist.Select(step => "- " + step)));
        sections.Add("Times count from now. Mark detection with /incident drill mark detected (acknowledging, mitigating (an update to monitoring), resolving and /incident postmortem done are timed as they happen; /incident drill mark <phase> corrects one). Name the gap with /incident drill gap <text>; after /incident resolve, /incident drill end posts the scorecard and logs the drill.");
        return new Card($"{DrillRules.Tag} started: {incident.Number} {scenario.Name}", sections, facts, $"{incident.Number} · nobody is paged", []);
    }

    /// <summary>
    /// Posts each inject of an unfinished drill whose moment has come (at the start, a time after it, a phase reached) and
    /// that was not posted yet. Runs on every save, so a phase reached by any command brings its inject.
    /// </summary>
    public static async Task PostDueInjectsAsync(EngineCall call, Incident incident, CancellationToken ct)
    {
        if (!incident.IsDrill || incident.DrillEndedAt is not null || call.Runbook.Drills.Find(incident.DrillScenario) is not { } scenario) return;
        for (var i = 0; i < scenario.Injects.Count; i++)
        {
            var inject = scenario.Injects[i];
            if (incident.DrillInjectsPosted.Contains(i) || !IsDue(incident, inject, call.Now)) continue;
            incident.RecordDrillInject(i, call.Now);
            await call.PostAsync(incident, $"Inject {i + 1} of {scenario.Injects.Count} ({inject.When}): {inject.Text}", ct: ct);
        }
    }

    private static bool IsDue(Incident incident, DrillInject inject, DateTimeOffset now) =>
        inject.After is { } after ? now >= incident.DeclaredAt + after
        : inject.On is { } phase ? incident.DrillPhaseAt(phase) is not null
        : true;

    /// <summary>The durable reminders of the timed injects not yet posted.</summary>
    public static IEnumerable<ScheduledReminder> InjectReminders(Incident incident, Runbook runbook)
    {
        if (!incident.IsDrill || incident.DrillEndedAt is not null || runbook.Drills.Find(incident.DrillScenario) is not { } scenario) yield break;
        for (var i = 0; i < scenario.Injects.Count; i++)
            if (scenario.Injects[i].After is { } after && !incident.DrillInjectsPosted.Contains(i))
                yield return new ScheduledReminder(incident.Id, ReminderKind.DrillInject, incident.DeclaredAt + after, i);
    }

    /// <summary>Ends the drill (it needs its gap and its resolution), posts the scorecard, and logs it in the database and in drill-log.md.</summary>
    public static async Task<IReadOnlyList<DrillScore>> EndAsync(EngineCall call, Incident incident, CancellationToken ct)
    {
        incident.EndDrill(call.Actor, call.Now);
        var scenario = call.Runbook.Drills.Find(incident.DrillScenario);
        var scores = DrillScorecard.Score(incident, scenario);
        await call.DrillLog.AddAsync(DrillLogEntry.From(incident, scenario, scores, call.Now), ct);
        var log = await call.DrillLog.ListAsync(ct);
        var file = await call.Archive.UpdateAsync(DrillLogTable.FileName, DrillLogTable.Markdown(log, call.Now), ct);
        await call.PostCardAsync(incident, DrillScorecard.Card(incident, scenario, scores), ct: ct);
        await call.PostAsync(incident, $"The drill is logged: row {log.Count} of the drill log ({file.FileName}; /incident drill log shows it).", ct: ct);
        return scores;
    }

    /// <summary>Closing a drill that was not ended ends it first (the close already refused a drill without its gap).</summary>
    public static Task EndIfOpenAsync(EngineCall call, Incident incident, CancellationToken ct) =>
        incident.IsDrill && incident.DrillEndedAt is null ? EndAsync(call, incident, ct) : Task.CompletedTask;
}
