using ChatOps.Core.Access;
using ChatOps.Core.Engine;
using ChatOps.Core.Incidents;
using ChatOps.Core.StatusPage;

namespace ChatOps.Core.Commands;

/// <summary>What <c>/incident publish</c> publishes: an update, the public title, or the post-mortem.</summary>
public enum PublishPart
{
    Update,
    Title,
    PostMortem,
}

/// <summary>A component named with the impact to give it, as typed (<c>api=partial_outage</c>); checked against the runbook.</summary>
public sealed record RequestedImpact(string Component, string Impact);

/// <summary>Publish to the status page: an update (status, public text, components), the public title, or the post-mortem.</summary>
public sealed record PublishCommand(PublishPart Part, PublicStatus? Status, IReadOnlyList<RequestedImpact> Components, string Text) : IncidentCommand;

/// <summary>
/// Nothing goes public by accident: a responder publishes each public update explicitly. Options come before the
/// message: <c>--component api=partial_outage</c> (repeatable, or comma-separated) sets components with the update.
/// </summary>
public sealed class Publish : IncidentCommandHandler<PublishCommand>
{
    public const string ComponentOption = "--component";

    public override CommandSpec Spec { get; } = new(["publish"],
        "/incident publish <investigating|identified|monitoring|resolved> [--component <component>=<impact>]... <public message...>  |  publish title <public title...>  |  publish postmortem <url or summary...>",
        CommandAccess.For(IncidentAction.Update), CommandTarget.Incident, 32);

    private const string Usage =
        "Publish with /incident publish <investigating|identified|monitoring|resolved> [--component <component>=<impact>]... <public message>, " +
        "for example /incident publish investigating --component api=partial_outage Some API requests fail; we are investigating.";

    public override ParseResult Parse(CommandArgs args)
    {
        if (args.Count == 0) return ParseResult.Fail(Usage);
        var first = args[0].ToLowerInvariant();
        if (first is "title" or "postmortem" or "post-mortem")
        {
            var part = first == "title" ? PublishPart.Title : PublishPart.PostMortem;
            return args.Count > 1
                ? new PublishCommand(part, null, [], args.Rest(1))
                : ParseResult.Fail(part == PublishPart.Title ? "Give the public title: /incident publish title <public title...>." : "Give the post-mortem's address or a summary: /incident publish postmortem <url or summary...>.");
        }
        if (!StatusWords.TryParse(args[0], out PublicStatus status))
            return ParseResult.Fail($"Unknown public status '{args[0]}': use {StatusWords.PublicStatuses} (or title, postmortem). {Usage}");
        var components = new List<RequestedImpact>();
        var at = 1;
        while (at < args.Count && args[at].StartsWith("--", StringComparison.Ordinal))
        {
            var option = args[at];
            string value;
            if (option.StartsWith(ComponentOption + "=", StringComparison.OrdinalIgnoreCase)) value = option[(ComponentOption.Length + 1)..];
            else if (string.Equals(option, ComponentOption, StringComparison.OrdinalIgnoreCase) && at + 1 < args.Count) value = args[++at];
            else return ParseResult.Fail($"Unknown option '{option}': the only option is {ComponentOption} <component>=<impact>, before the message. {Usage}");
            foreach (var pair in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var parts = pair.Split('=', 2, StringSplitOptions.TrimEntries);
                if (parts.Length != 2 || parts[0].Length == 0 || parts[1].Length == 0)
                    return ParseResult.Fail($"'{pair}' is not <component>=<impact>; write it like {ComponentOption} api=partial_outage (impacts: {StatusWords.ComponentStatuses}).");
                components.Add(new RequestedImpact(parts[0], parts[1]));
            }
            at++;
        }
        return at < args.Count
            ? new PublishCommand(PublishPart.Update, status, components, args.Rest(at))
            : ParseResult.Fail($"A public update needs the message customers will read: /incident publish {args[0]} [--component <component>=<impact>] <public message...>.");
    }

    protected override string Describe(PublishCommand command) => command.Part switch
    {
        PublishPart.Title => Words("publish title", command.Text),
        PublishPart.PostMortem => Words("publish postmortem", command.Text),
        _ => Words(["publish", StatusWords.Of(command.Status!.Value), .. command.Components.Select(c => $"{ComponentOption} {c.Component}={c.Impact}"), command.Text]),
    };

    protected override void Check(EngineCall call, PublishCommand command)
    {
        StatusPageFlow.RequireEnabled(call.Runbook);
        foreach (var impact in command.Components) StatusPageFlow.ReadImpact(call.Runbook, impact.Component, impact.Impact);
    }

    protected override async Task<CommandReply> ApplyAsync(EngineCall call, PublishCommand command, Incident incident, CancellationToken ct)
    {
        StatusPageFlow.RequireEnabled(call.Runbook);
        switch (command.Part)
        {
            case PublishPart.Title:
                await StatusPageFlow.SetTitleAsync(call, incident, command.Text, ct);
                await call.SaveAsync(incident, ct);
                return new CommandReply($"The status page calls {incident.Number} \"{incident.PublicTitle}\"{(incident.WasPublished ? "" : " once it is published")}.");
            case PublishPart.PostMortem:
                incident.PublishPostMortem(call.Actor, command.Text, call.Now);
                await call.StatusPageSync.PushAsync(StatusPageFlow.Push(call.Runbook, incident, null) with { Status = PublicStatus.Resolved, Body = $"Post-mortem: {incident.PublicPostMortem}" }, ct);
                await call.SaveAsync(incident, ct);
                return new CommandReply($"The post-mortem is linked from {incident.Number}'s public incident.");
            default:
                var impacts = command.Components.Select(c => StatusPageFlow.ReadImpact(call.Runbook, c.Component, c.Impact)).ToList();
                var update = await StatusPageFlow.PublishAsync(call, incident, command.Status!.Value, command.Text, impacts, ct);
                await call.SaveAsync(incident, ct);
                return new CommandReply($"Published {StatusWords.Of(update.Status)} to the status page for {incident.Number}.");
        }
    }
}
