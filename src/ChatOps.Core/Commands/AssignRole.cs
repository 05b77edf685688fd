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
        return role is { } r
            ? new AssignRoleCommand(r, args[1])
            : ParseResult.Fail($"Unknown role '{args[0]}': use commander, comms or scribe.");
    }

    protected override string Describe(AssignRoleCommand command) => Words("role", command.Role.ToString().ToLowerInvariant(), command.Person);

    protected override async Task<CommandReply> ApplyAsync(EngineCall call, AssignRoleCommand command, Incident incident, CancellationToken ct)
    {
        var person = command.Person.Trim().TrimStart('@');
        var isNew = !incident.Participants.Contains(person);
        incident.AssignRole(call.Actor, command.Role, person, call.Now);
        await call.SaveAsync(incident, ct);
        if (isNew) await call.Chat.InviteAsync(incident.ChannelId, [person], ct);
        var role = command.Role.ToString().ToLowerInvariant();
        await call.PostAsync(incident, $"{call.Actor} made {person} {role}.", mentions: [person], ct: ct);
        return new CommandReply($"{person} is now {role} of {incident.Number}.");
    }
}
