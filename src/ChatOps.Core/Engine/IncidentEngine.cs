using ChatOps.Core.Access;
using ChatOps.Core.Audit;
using ChatOps.Core.Commands;
using ChatOps.Core.Incidents;
using ChatOps.Core.Messaging;
using ChatOps.Core.Ports;
using ChatOps.Core.Reminders;
using ChatOps.Core.Runbooks;

namespace ChatOps.Core.Engine;

/// <summary>
/// The engine every front end drives. It turns what a person did into a command (<see cref="Translate"/>), answers
/// what can be answered before the front end acknowledges (<see cref="CheckAsync"/>), carries a command out with the
/// access rules and the audit log (<see cref="HandleAsync"/>), fires what is due (<see cref="FireDueAsync"/>), and
/// says what a pressed card turns into (<see cref="PressedCardAsync"/>). The commands themselves are the files found by
/// <see cref="CommandRegistry"/>. One instance per unit of work.
/// </summary>
public sealed class IncidentEngine(
    Runbook runbook,
    IIncidentStore store,
    IChatPlatform chat,
    IPostMortemArchive archive,
    IAuditLog? audit = null,
    IDeliveryReport? delivery = null,
    IIncidentEvents? events = null,
    CommandRegistry? registry = null,
    IPeopleDirectory? people = null,
    IProbeRequests? probes = null,
    IPager? pager = null,
    IAlertLedger? alerts = null,
    IDrillLog? drills = null,
    IIncidentHistory? history = null,
    IStatusPageSync? statusPageSync = null,
    IMailer? mailer = null,
    IMaintenanceCalendar? maintenance = null)
{
    public const string BotName = "ChatOps";

    public const string NotAnIncidentChannel =
        "This is not an incident channel. Run the command in the incident's channel (see /incident list), or declare one with /incident declare <SEV> <title>.";

    private readonly IAuditLog _audit = audit ?? NoAuditLog.Instance;
    private readonly CommandRegistry _registry = registry ?? CommandRegistry.Default;
    private readonly IIncidentEvents _events = events ?? NoIncidentEvents.Instance;

    /// <summary>The command an input stands for, or why it stands for none (an unknown verb, button or form).</summary>
    public Translation Translate(EngineInput input) => input switch
    {
        TypedInput typed => Parsed(typed.Text),
        CommandInput given => Translation.Of(Typed(given.Command)),
        PressInput press => Press(press),
        SubmissionInput submission => Submission(submission),
        OpenFormInput open => Open(open),
        _ => throw new ArgumentOutOfRangeException(nameof(input), input.GetType().Name, "Not an engine input."),
    };

    /// <summary>
    /// What can be answered before the front end acknowledges, changing nothing: input that names what does not exist,
    /// breaks a rule that does not depend on the incident's state, or has field errors (a refusal); and commands that
    /// only read or open a form (their answer, audited). Null: store the input and carry it out later.
    /// </summary>
    public async Task<EarlyAnswer?> CheckAsync(UnitOfWork work, EngineInput input, CancellationToken ct = default) =>
        TryCheckWithoutState(work, input, out var stateless) ? stateless
        : await RefusalAsync(work, input, ct) is { } refusal ? new EarlyAnswer(refusal, IsRefusal: true)
        : await AnswerAtOnceAsync(work, input, ct) is { } answer ? new EarlyAnswer(answer, IsRefusal: false)
        : null;

    /// <summary>
    /// Why the input is refused before anything is stored (the first half of <see cref="CheckAsync"/>): it names what
    /// does not exist, breaks a rule that does not depend on the incident's state, or has field errors. Not audited:
    /// nothing was attempted. Null when it may go on.
    /// </summary>
    private async Task<CommandReply?> RefusalAsync(UnitOfWork work, EngineInput input, CancellationToken ct)
    {
        var translation = Translate(input);
        if (translation.Intent is not { } intent) return translation.Refusal;
        var (_, missing) = await FindTargetAsync(work, intent, ct);
        return missing ?? RuleRefusal(work, translation, intent);
    }

    /// <summary>The part of the refusal that reads nothing stored: field errors and the command's own rules (<see cref="ICommandHandler.Check"/>).</summary>
    private CommandReply? RuleRefusal(UnitOfWork work, Translation translation, Intent intent)
    {
        if (intent.FieldErrors is { Count: > 0 } errors) return CommandReply.Invalid(errors);
        try
        {
            intent.Handler.Check(Call(work, new AuditEntry(work.At, work.Actor, work.Platform, translation.AuditText)), intent.Command!);
        }
        catch (IncidentRuleException rule)
        {
            return CommandReply.Error(rule.Message);
        }
        return null;
    }

    /// <summary>
    /// <see cref="CheckAsync"/> for an input whose check reads nothing stored: one that names no command, or a command
    /// that works on no incident and is not answered at once (a declaration). True with the check's answer then (null:
    /// store it); false when the check needs the incident or the command's answer, for <see cref="CheckAsync"/> on an
    /// engine of a unit of work. Touches no port, so an engine made by <see cref="ForChecks"/> can answer it for every
    /// request of a process, without a unit of work's store, chat or audit log.
    /// </summary>
    public bool TryCheckWithoutState(UnitOfWork work, EngineInput input, out EarlyAnswer? answer)
    {
        answer = null;
        var translation = Translate(input);
        if (translation.Intent is not { } intent)
        {
            answer = new EarlyAnswer(translation.Refusal!, IsRefusal: true);
            return true;
        }
        if (intent.Handler.Spec.Target != CommandTarget.None || intent.Command is { } command && intent.Handler.AnswersAtOnce(command)) return false;
        if (RuleRefusal(work, translation, intent) is { } refusal) answer = new EarlyAnswer(refusal, IsRefusal: true);
        return true;
    }

    /// <summary>An engine for <see cref="TryCheckWithoutState"/> only: it has the runbook and the commands, and no ports.</summary>
    public static IncidentEngine ForChecks(Runbook runbook, CommandRegistry? registry = null) =>
        new(runbook, NoPorts.Store, NoPorts.Chat, NoPorts.Archive, registry: registry);

    /// <summary>The answer of a command that only reads or opens a form (audited); null for one to store and carry out later.</summary>
    private async Task<CommandReply?> AnswerAtOnceAsync(UnitOfWork work, EngineInput input, CancellationToken ct) =>
        Translate(input).Intent is { Command: { } command } intent && intent.Handler.AnswersAtOnce(command) ? await HandleAsync(work, input, ct) : null;

    /// <summary>Carries the input out as one audited unit of work: checks access, runs the command, records the outcome.</summary>
    public Task<CommandReply> HandleAsync(UnitOfWork work, EngineInput input, CancellationToken ct = default)
    {
        var translation = Translate(input);
        return AuditedAsync(work, translation.AuditText, call => translation.Intent is { } intent
            ? RunAsync(call, intent, ct)
            : Task.FromResult(translation.Refusal!), ct);
    }

    /// <summary>
    /// Fires every reminder due at the unit of work's time: of one incident the caller has claimed, or of every
    /// incident with one due (including those that fell due while the process was down). Returns how many fired.
    /// </summary>
    public async Task<int> FireDueAsync(UnitOfWork work, Guid? incidentId = null, CancellationToken ct = default)
    {
        var call = Call(work, new AuditEntry(work.At, BotName, work.Platform, "[reminders]"));
        if (incidentId is { } one) return await ReminderFiring.FireAsync(call, one, ct);
        var fired = 0;
        var seen = new HashSet<Guid>();
        while (true)
        {
            var ids = (await store.ClaimIncidentsWithDueRemindersAsync(work.At, 100, ct)).Where(seen.Add).ToList();
            if (ids.Count == 0) return fired;
            foreach (var id in ids) fired += await ReminderFiring.FireAsync(call, id, ct);
        }
    }

    /// <summary>Reminds drill owners of the drills that fell due by the unit of work's time (<see cref="Drills.DrillScheduling"/>). Returns how many.</summary>
    public Task<int> FireDrillSchedulesAsync(UnitOfWork work, CancellationToken ct = default) =>
        Drills.DrillScheduling.FireAsync(Call(work, new AuditEntry(work.At, BotName, work.Platform, "[drill schedule]")), ct);

    /// <summary>The card a pressed card turns into, from what is stored now; null when the press names nothing known.</summary>
    public async Task<Card?> PressedCardAsync(PressInput press, CancellationToken ct = default)
    {
        if (_registry.ForAction(press.ActionId) is not { } found || found.Button.Read(press.Value) is not { } pressed) return null;
        if (await store.FindByNumberAsync(pressed.IncidentNumber, ct) is not { } incident) return null;
        return found.Button.AfterPress is { } after ? after(incident, pressed.Command, runbook) : IncidentCards.Incident(incident, runbook);
    }

    private Translation Parsed(string text)
    {
        var parsed = CommandParser.Parse(_registry, text);
        return parsed.Command is { } command
            ? Translation.Of(Typed(command))
            : Translation.Refused(text, parsed.Error!);
    }

    /// <summary>A command as typed: it works on the incident it names (<c>status INC-2026-001</c>), else on the channel's.</summary>
    private Intent Typed(IncidentCommand command)
    {
        var handler = _registry.For(command);
        var named = handler.Spec.Target == CommandTarget.None ? null : handler.About(command);
        return new Intent(handler, command, _registry.Describe(command), named);
    }

    private Translation Press(PressInput press)
    {
        var audit = CommandText.Button(press.ActionId, press.Value);
        if (_registry.ForAction(press.ActionId) is not { } found)
            return Translation.Refused(audit, $"Unknown button '{press.ActionId}'. This card may come from an older version; run /incident status for a fresh one.");
        return found.Button.Read(press.Value) is { } pressed
            ? Translation.Of(new Intent(found.Handler, pressed.Command, audit, pressed.IncidentNumber))
            : Translation.Refused(audit, found.Button.Unreadable?.Invoke(press.Value)
                ?? $"The value '{press.Value}' of button '{press.ActionId}' is not one this bot makes; run /incident status for a fresh card.");
    }

    private Translation Submission(SubmissionInput submission)
    {
        var audit = CommandText.Form(submission.FormId, submission.Values);
        if (_registry.ForForm(submission.FormId) is not { } found) return Translation.Refused(audit, UnknownForm(submission.FormId));
        var reading = found.Form.Read(submission.Values, runbook);
        return Translation.Of(new Intent(found.Handler, reading.Command, audit,
            found.Form.ContextIsIncident ? submission.Context : null, reading.Command is null ? reading.Errors : null));
    }

    private Translation Open(OpenFormInput open)
    {
        if (_registry.ForForm(open.FormId) is not { } found) return Translation.Refused($"[open] {open.FormId}", UnknownForm(open.FormId));
        var command = found.Form.Open(open.Context);
        return Translation.Of(new Intent(found.Handler, command, _registry.Describe(command), found.Form.ContextIsIncident ? open.Context : null));
    }

    private async Task<CommandReply> RunAsync(EngineCall call, Intent intent, CancellationToken ct)
    {
        var (incident, missing) = await FindTargetAsync(call.Work, intent, ct);
        if (missing is not null) return missing;
        if (intent.Command is { } command && intent.Handler.About(command) is { } named) call.Entry.About(named);
        var access = intent.Handler.Spec.Access;
        if (access.Rule is { } rule) call.Authorise(rule, incident);
        else if (access.AdminPurpose is { } purpose) RequireAdmin(call, purpose);
        if (intent.FieldErrors is { Count: > 0 } errors) return CommandReply.Invalid(errors);
        return await intent.Handler.HandleAsync(call, intent.Command!, incident, ct);
    }

    /// <summary>The incident a command works on, or the refusal when it has a target and none is found.</summary>
    private async Task<(Incident? Incident, CommandReply? Missing)> FindTargetAsync(UnitOfWork work, Intent intent, CancellationToken ct)
    {
        if (intent.Handler.Spec.Target == CommandTarget.None) return (null, null);
        if (intent.IncidentNumber is { } number)
            return await store.FindByNumberAsync(number, ct) is { } named ? (named, null) : (null, NoIncident(number));
        var incident = work.ChannelId.Length == 0 ? null : await store.FindByChannelAsync(work.ChannelId, ct);
        return incident is null && intent.Handler.Spec.Target == CommandTarget.Incident
            ? (null, CommandReply.Error(NotAnIncidentChannel))
            : (incident, null);
    }

    private static void RequireAdmin(EngineCall call, string purpose)
    {
        var admins = call.Runbook.Access.Admins;
        if (call.Runbook.Access.IsAdmin(call.Work.Context.Names)) return;
        throw new AccessDeniedException(admins.Count == 0
            ? $"Only admins may {purpose}, and this runbook names none; list handles under access.admins."
            : $"Only admins ({People.Mentions(admins)}) may {purpose}; ask one of them.");
    }

    private EngineCall Call(UnitOfWork work, AuditEntry entry) => new(work, entry, runbook, store, chat, archive, _audit, delivery, _events, people, probes, pager, alerts, drills, history, statusPageSync, mailer, maintenance);

    /// <summary>
    /// Every command, button and form goes through here: an audit entry joins the unit of work, and the outcome
    /// (allowed, denied, failed) is stored with it. A failure's entry is stored on its own after the rollback.
    /// </summary>
    private async Task<CommandReply> AuditedAsync(UnitOfWork work, string text, Func<EngineCall, Task<CommandReply>> run, CancellationToken ct)
    {
        var entry = new AuditEntry(work.At, work.Actor, work.Platform, text);
        _audit.Add(entry);
        CommandReply reply;
        try
        {
            reply = await run(Call(work, entry));
            if (reply.FailureText is { } failed && entry.Outcome == AuditOutcome.Allowed) entry.Fail(failed);
        }
        catch (AccessDeniedException denied)
        {
            entry.Deny(denied.Message);
            reply = CommandReply.Error(denied.Message);
        }
        catch (IncidentRuleException rule)
        {
            entry.Fail(rule.Message);
            reply = CommandReply.Error(rule.Message);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            entry.Fail($"{ex.GetType().Name}: {ex.Message}");
            await SaveAuditQuietlyAsync(ct);
            throw;
        }
        await _audit.SaveAsync(ct);
        if (entry.Outcome != AuditOutcome.Allowed)
            _events.Publish(new IncidentEvent(IncidentEvent.Refused, entry.IncidentNumber ?? "", "", work.Actor, work.Platform, work.At, $"{entry.Command}: {entry.Message}"));
        return reply;
    }

    /// <summary>Stores a failure's entry if the database still can; the failure itself matters more than its record.</summary>
    private async Task SaveAuditQuietlyAsync(CancellationToken ct)
    {
        try
        {
            await _audit.SaveAfterFailureAsync(ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The original exception is rethrown by the caller; losing the audit row of a failed unit of work is the lesser harm.
        }
    }

    private static string UnknownForm(string formId) =>
        $"Unknown form '{formId}'. It may come from an older version; run the command again for a fresh one.";

    private static CommandReply NoIncident(string number) =>
        CommandReply.Error(number.Length == 0
            ? "This names no incident; run /incident status in the incident's channel for a fresh card."
            : $"No incident {number}; see /incident list.");
}
