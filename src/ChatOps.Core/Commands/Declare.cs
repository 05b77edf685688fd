using System.Globalization;
using System.Text;
using ChatOps.Core.Access;
using ChatOps.Core.Engine;
using ChatOps.Core.Incidents;
using ChatOps.Core.Messaging;
using ChatOps.Core.Paging;
using ChatOps.Core.Runbooks;
using ChatOps.Core.Time;

namespace ChatOps.Core.Commands;

/// <summary>Declare; with no severity or title the declare form opens (with the kind chosen, if one was given).</summary>
public sealed record DeclareCommand(string? Severity, string? Title, DeclareDetails? Details = null) : IncidentCommand;

/// <summary>Declaration: number, channel, invites, pinned card, deadline clocks, announcement.</summary>
public sealed class Declare : CommandHandler<DeclareCommand>
{
    public const string FormId = "form.declare";

    public override CommandSpec Spec { get; } = new(["declare"],
        "/incident declare <SEV> [--kind <kind>] [--private] <title...>   (no severity: the declare form)",
        CommandAccess.For(IncidentAction.Declare), CommandTarget.None, 10);

    public override FormSpec Form { get; } = new(FormId, ReadForm, _ => new DeclareCommand(null, null), ContextIsIncident: false);

    /// <summary>
    /// <c>declare [options] SEV [options] title...</c>: options (<c>--kind K</c>, <c>--kind=K</c>, <c>--private</c>) come
    /// before the title, so a title may itself contain "--".
    /// </summary>
    public override ParseResult Parse(CommandArgs args)
    {
        string? severity = null, kind = null;
        var isPrivate = false;
        var at = 0;
        for (; at < args.Count; at++)
        {
            var word = args[at];
            if (word.StartsWith("--", StringComparison.Ordinal))
            {
                var (name, value) = word.IndexOf('=') is var eq and > 0 ? (word[..eq], word[(eq + 1)..]) : (word, null);
                switch (name.ToLowerInvariant())
                {
                    case "--private" when value is null:
                        isPrivate = true;
                        continue;
                    case "--kind":
                        value ??= at + 1 < args.Count && !args[at + 1].StartsWith("--", StringComparison.Ordinal) ? args[++at] : null;
                        if (string.IsNullOrEmpty(value)) return ParseResult.Fail("--kind needs a kind: /incident declare <SEV> --kind <kind> <title...>, e.g. --kind data-leak.");
                        kind = value;
                        continue;
                    default:
                        return ParseResult.Fail($"Unknown option '{word}': declare takes --kind <kind> and --private, e.g. /incident declare P1 --kind data-leak Tenant data visible to another tenant.");
                }
            }
            if (severity is not null) break;
            severity = word;
        }
        var title = args.Rest(at);
        var details = kind is null && !isPrivate ? null : DeclareDetails.None with { Private = isPrivate, Kind = kind };
        if (severity is null) return new DeclareCommand(null, null, details);
        if (title.Length == 0)
            return ParseResult.Fail($"A declaration needs a title: /incident declare {severity} <title...> (or /incident declare alone for the form).");
        return new DeclareCommand(severity, title, details);
    }

    protected override string Describe(DeclareCommand command) => Words("declare", Options(command.Details), command.Severity, command.Title);

    protected override void Check(EngineCall call, DeclareCommand command)
    {
        if (command.Severity is null || command.Title is null) return;
        RequireKind(call.Runbook, command.Details?.Kind);
        CheckDeclaration(call, command.Severity, command.Title);
    }

    /// <summary>Opening the form changes nothing.</summary>
    protected override bool AnswersAtOnce(DeclareCommand command) => command.Severity is null || command.Title is null;

    protected override async Task<CommandReply> HandleAsync(EngineCall call, DeclareCommand command, Incident? incident, CancellationToken ct)
    {
        var details = command.Details ?? DeclareDetails.None;
        var kind = RequireKind(call.Runbook, details.Kind);
        if (command.Severity is null || command.Title is null)
            return new CommandReply("Fill in the declare form.", Form: IncidentForms.Declare(call.Runbook, details));
        var severity = CheckDeclaration(call, command.Severity, command.Title);
        var (started, detected) = ReadTimes(details, call.Now);
        var opened = await OpenAsync(call, new Declaration(severity, CleanTitle(command.Title), details, kind, started, detected, call.Actor), ct);
        return new CommandReply(
            $"Declared {opened.Number} ({opened.SeverityKey}) in #{opened.ChannelName}."
            + (opened.Private ? " It is private: not announced, and shown only to its participants and admins." : ""),
            Channel: opened.ChannelId);
    }

    /// <summary>
    /// Opens the incident: number, channel, invites, pinned card, deadline clocks and the announcement. Also how alerts
    /// declare (<see cref="Alerts.AlertIntake"/>), so an incident opens the same way whoever or whatever declared it.
    /// </summary>
    internal static async Task<Incident> OpenAsync(EngineCall call, Declaration declaration, CancellationToken ct)
    {
        var (runbook, chat, now) = (call.Runbook, call.Chat, call.Now);
        var (severity, title, details, kind, declarer) = (declaration.Severity, declaration.Title, declaration.Details, declaration.Kind, declaration.Declarer);
        var sequence = await call.Store.NextSequenceAsync(now.Year, ct);
        var isPrivate = details.Private || severity.Private || kind?.Private == true;
        var commander = runbook.Roles.Commander != RolePolicy.Declarer ? runbook.Roles.Commander
            : declaration.ByPerson ? declarer
            : severity.Invite.Concat(kind?.Invite ?? []).FirstOrDefault() ?? declarer;
        var owner = declaration.ByPerson ? declarer : commander;
        var name = ChannelNamer.Name(runbook.Channels, now.Year, sequence, severity.Key, title);
        if (declaration.Drill is not null) name = Drills.DrillRules.ChannelName(name);
        var topic = $"{(declaration.Drill is null ? "" : Drills.DrillRules.Tag + " ")}{Incident.FormatNumber(now.Year, sequence)} {severity.Key}: {title}";
        var channel = await chat.CreateChannelAsync(new Ports.ChannelRequest(name, isPrivate, topic, owner), ct);
        var incident = Incident.Declare(now.Year, sequence, title, severity, declarer, commander, details, channel.Id, channel.Name, now, kind);
        if (declaration.Drill is { } drill) incident.StartDrill(declarer, drill, now);
        call.Entry.About(incident.Number);
        if (declaration.Detected is { } noticed) incident.SetDetected(declarer, noticed, now);
        if (declaration.Started is { } began) incident.SetStarted(declarer, began, now);

        var invitees = new[] { declarer, commander }.Concat(severity.Invite).Concat(kind?.Invite ?? [])
            .Where(person => declaration.ByPerson || person != declarer).Distinct().ToList();
        foreach (var person in invitees) incident.AddParticipant(person);
        await call.SaveQuietlyAsync(incident, ct);

        await chat.InviteAsync(channel.Id, invitees, ct);
        var card = IncidentCards.Incident(incident, runbook, now);
        var cardId = await chat.PostAsync(channel.Id, Drills.DrillRules.Message(incident, new ChatMessage($"{incident.Number}: {incident.Title}", card, invitees)), ct);
        await chat.PinAsync(channel.Id, cardId, ct);
        incident.AttachCard(cardId);
        await PagingFlow.TriggerAsync(call, incident, PagingFlow.Named(runbook, severity.Page), Incident.DeclarationTier, $"declared at {severity.Key}", declarer, ct);
        await call.SaveQuietlyAsync(incident, ct);
        foreach (var clock in incident.Deadlines) await DeadlineNotices.StartedAsync(call, incident, clock, ct);
        call.Raise(IncidentEvent.Declared, incident, incident.Private ? $"private: {incident.Title}" : incident.Title, declarer);

        if (Drills.DrillRules.MayAnnounce(incident, runbook))
        {
            var who = declaration.ByPerson ? declarer : Alerts.AlertSourceNames.Display(declarer);
            var announcement = $"{who} declared {incident.Number} ({severity.Key} {severity.Name}): {incident.Title}. Join #{incident.ChannelName}.";
            await chat.PostAsync(runbook.Channels.Announce, new ChatMessage(Drills.DrillRules.Text(incident, announcement)), ct);
        }
        return incident;
    }

    /// <summary>A submitted declare form: field errors, or the declaration it asks for.</summary>
    private static FormReading ReadForm(IReadOnlyDictionary<string, string> values, Runbook runbook)
    {
        var errors = new Dictionary<string, string>();
        var title = CleanTitle(FormValues.Get(values, IncidentForms.Title));
        if (title.Length == 0) errors[IncidentForms.Title] = "Give the incident a title.";
        else if (title.Length > IncidentForms.MaxTitleLength) errors[IncidentForms.Title] = $"Keep the title to {IncidentForms.MaxTitleLength} characters (it has {title.Length}).";
        var severity = runbook.FindSeverity(FormValues.Get(values, IncidentForms.Severity));
        if (severity is null) errors[IncidentForms.Severity] = $"Choose a severity: {runbook.SeverityKeys}.";
        var kindKey = FormValues.Get(values, IncidentForms.Kind);
        var kind = kindKey.Length > 0 ? runbook.FindKind(kindKey) : null;
        if (kindKey.Length > 0 && kind is null) errors[IncidentForms.Kind] = $"Choose a kind ({runbook.KindKeys}) or leave it empty.";
        foreach (var field in new[] { IncidentForms.Started, IncidentForms.Detected })
            if (FormValues.Get(values, field) is { Length: > 0 } when && !MomentText.TryParse(when, FormatCheck, out _))
                errors[field] = $"Write {MomentText.Examples}, or leave it empty.";
        if (errors.Count > 0) return FormReading.Invalid(errors);
        var details = new DeclareDetails(
            FormValues.Get(values, IncidentForms.Services), FormValues.Get(values, IncidentForms.Impact), FormValues.Get(values, IncidentForms.Description),
            FormValues.IsTrue(FormValues.Get(values, IncidentForms.Private)), kind?.Key,
            NullIfEmpty(FormValues.Get(values, IncidentForms.Started)), NullIfEmpty(FormValues.Get(values, IncidentForms.Detected)));
        return FormReading.Valid(new DeclareCommand(severity!.Key, title, details));
    }

    /// <summary>Whether a time is written in a form that can be read does not depend on the day: any reference will do.</summary>
    private static readonly DateTimeOffset FormatCheck = new(2000, 1, 1, 12, 0, 0, TimeSpan.Zero);

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    /// <summary>When it began and was noticed, as typed in the form, checked against the moment of declaring.</summary>
    private static (DateTimeOffset? Started, DateTimeOffset? Detected) ReadTimes(DeclareDetails details, DateTimeOffset now)
    {
        DateTimeOffset? Read(string? text, string what) =>
            text is null ? null
            : Moment.Read(text, now) is var at && at <= now ? at
            : throw new IncidentRuleException($"It cannot have {what} in the future ({Clock.Format(Moment.Read(text, now))}); leave the field empty if it is now.");
        var (started, detected) = (Read(details.Started, "begun"), Read(details.Detected, "been noticed"));
        if (started is { } s && detected is { } d && d < s)
            throw new IncidentRuleException($"It was noticed ({Clock.Format(d)}) before it began ({Clock.Format(s)}); correct one of the two.");
        return (started, detected);
    }

    private static IncidentKind? RequireKind(Runbook runbook, string? key) =>
        string.IsNullOrWhiteSpace(key) ? null : runbook.FindKind(key) ?? throw new IncidentRuleException(runbook.UnknownKind(key));

    /// <summary>The severity exists and the title, once cleaned, is neither empty nor too long.</summary>
    private static Severity CheckDeclaration(EngineCall call, string severityKey, string title)
    {
        var severity = call.RequireSeverity(severityKey);
        var clean = CleanTitle(title);
        if (clean.Length == 0) throw new IncidentRuleException("A declaration needs a title: /incident declare <SEV> <title...>.");
        if (clean.Length > IncidentForms.MaxTitleLength)
            throw new IncidentRuleException($"The title is {clean.Length} characters; keep it to {IncidentForms.MaxTitleLength} and put the rest in the description.");
        return severity;
    }

    /// <summary>
    /// Titles lose control characters, invisible formatting (zero-width spaces, bidi overrides and isolates, stray
    /// joiners and tag characters) and runs of white space, but emoji sequences stay whole: a zero-width joiner between
    /// two emoji (a family, a rainbow flag), and the tag characters that spell a subdivision flag. Variation selectors,
    /// skin tones and keycaps are marks and symbols, kept like any other. Everything else is escaped where rendered.
    /// </summary>
    public static string CleanTitle(string? title)
    {
        var runes = (title ?? "").EnumerateRunes().ToList();
        var kept = new StringBuilder(title?.Length ?? 0);
        for (var at = 0; at < runes.Count; at++) kept.Append(Keeps(runes, at) ? runes[at].ToString() : " ");
        return string.Join(' ', kept.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    private const int ZeroWidthJoiner = 0x200D;
    private const int BlackFlag = 0x1F3F4;
    private const int CancelTag = 0xE007F;

    private static bool Keeps(List<Rune> runes, int at)
    {
        var rune = runes[at];
        if (Rune.IsControl(rune)) return false;
        if (rune.Value == ZeroWidthJoiner)
            return at > 0 && at + 1 < runes.Count && EndsEmoji(runes[at - 1]) && Rune.GetUnicodeCategory(runes[at + 1]) == UnicodeCategory.OtherSymbol;
        if (IsTag(rune)) return SpellsFlag(runes, at);
        return Rune.GetUnicodeCategory(rune) != UnicodeCategory.Format;
    }

    /// <summary>An emoji, or what may close one before a joiner: a skin tone or the emoji variation selector.</summary>
    private static bool EndsEmoji(Rune rune) =>
        Rune.GetUnicodeCategory(rune) == UnicodeCategory.OtherSymbol || rune.Value is >= 0x1F3FB and <= 0x1F3FF || rune.Value == 0xFE0F;

    private static bool IsTag(Rune rune) => rune.Value is >= 0xE0020 and <= 0xE007F;

    /// <summary>Whether the run of tag characters around <paramref name="at"/> follows a black flag and ends with the cancel tag.</summary>
    private static bool SpellsFlag(List<Rune> runes, int at)
    {
        var first = at;
        while (first > 0 && IsTag(runes[first - 1])) first--;
        var last = at;
        while (last + 1 < runes.Count && IsTag(runes[last + 1])) last++;
        return first > 0 && runes[first - 1].Value == BlackFlag && last > first && runes[last].Value == CancelTag;
    }

    private static string? Options(DeclareDetails? details) =>
        details is null ? null : Words(details.Kind is { } kind ? $"--kind {kind}" : null, details.Private ? "--private" : null);
}
