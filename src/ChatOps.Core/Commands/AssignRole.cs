using ChatOps.Core.Access;
using ChatOps.Core.Engine;
using ChatOps.Core.Incidents;

namespace ChatOps.Core.Commands;

public sealed record AssignRoleCommand(IncidentRole Role, string Person) : IncidentCommand;

/// <summary>Commander, comms or scribe: the person is invited if new and mentioned.</summary>
public sealed class AssignRole : IncidentCommandHandler<AssignRoleCommand>
{
    public override CommandSpec Spec { get; } = new(["role"], "/incident role <commander|comms|scribe> <user>",
        CommandAccess.For(IncidentAction.Role), CommandTarget.Incident, 50);

    public override ParseResult Parse(CommandArgs args)
    {
        if (args.Count != 2)
            return ParseResult.Fail("Name a role and one person: /incident role <commander|comms|scribe> <user>.");
        IncidentRole? role = args[0].ToLowerInvariant() switch
        {
            "commander" or "ic" => IncidentRole.Commander,
            "comms" => IncidentRole.Comms,
            "scribe" => IncidentRole.Scribe,
            _ => null,
        };
        if (role is not { } r) return ParseResult.Fail($"Unknown role '{args[0]}': use commander, comms or scribe.");
        // Whoever is named here is stored, invited and printed as a person: something that names nobody (<!channel>,
        // a bidi override) is refused here rather than escaped at every place it would be shown.
        return People.Refusal(args[1]) is { } refusal
            ? ParseResult.Fail($"{refusal} For example: /incident role {args[0].ToLowerInvariant()} @bob.")
            : new AssignRoleCommand(r, args[1]);
    }

    protected override string Describe(AssignRoleCommand command) => Words("role", command.Role.ToString().ToLowerInvariant(), command.Person);

    protected override async Task<CommandReply> ApplyAsync(EngineCall call, AssignRoleCommand command, Incident incident, CancellationToken ct)
    {
        var person = People.Handle(command.Person);
        var isNew = !incident.Participants.Contains(person);
        incident.AssignRole(call.Actor, command.Role, person, call.Now);
        await call.SaveAsync(incident, ct);
        if (isNew) await call.Chat.InviteAsync(incident.ChannelId, [person], ct);
        var role = command.Role.ToString().ToLowerInvariant();
        await call.PostAsync(incident, $"{call.Actor} made {person} {role}.", mentions: [person], ct: ct);
        return new CommandReply($"{person} is now {role} of {incident.Number}.");
    }
}
