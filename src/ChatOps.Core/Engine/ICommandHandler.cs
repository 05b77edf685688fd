using ChatOps.Core.Commands;
using ChatOps.Core.Incidents;

namespace ChatOps.Core.Engine;

/// <summary>
/// One command: its record type, grammar, access, early check, buttons and form, and handler. Found by
/// <see cref="CommandRegistry"/>; implement it through <see cref="CommandHandler{TCommand}"/>.
/// </summary>
public interface ICommandHandler
{
    CommandSpec Spec { get; }

    Type CommandType { get; }

    /// <summary>Buttons whose presses run this command.</summary>
    IReadOnlyList<ButtonSpec> Buttons { get; }

    /// <summary>The form whose submissions run this command, if any.</summary>
    FormSpec? Form { get; }

    /// <summary>Reads the words after the verb.</summary>
    ParseResult Parse(CommandArgs args);

    /// <summary>The command written back in the grammar, as the audit log shows it.</summary>
    string Describe(IncidentCommand command);

    /// <summary>The incident the command names in its own arguments (the audit log files the entry under it), if any.</summary>
    string? About(IncidentCommand command);

    /// <summary>
    /// The check made before a front end acknowledges: input that names what does not exist or breaks a rule that does
    /// not depend on the incident's state throws <see cref="IncidentRuleException"/>.
    /// </summary>
    void Check(EngineCall call, IncidentCommand command);

    /// <summary>Whether the command only reads or opens a form, so a front end may answer it inside the request.</summary>
    bool AnswersAtOnce(IncidentCommand command);

    /// <summary>Carries the command out. <paramref name="incident"/> is set for commands with an incident target.</summary>
    Task<CommandReply> HandleAsync(EngineCall call, IncidentCommand command, Incident? incident, CancellationToken ct);
}
