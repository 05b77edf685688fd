using ChatOps.Core.Commands;
using ChatOps.Core.Runbooks;

namespace ChatOps.Core.Engine;

/// <summary>
/// A form a command owns: its id, how a submission reads back (the command, or errors keyed by field id), how it is
/// opened again from its context, and whether that context names an incident (the status-update form's does).
/// </summary>
public sealed record FormSpec(
    string FormId,
    Func<IReadOnlyDictionary<string, string>, Runbook, FormReading> Read,
    Func<string, IncidentCommand> Open,
    bool ContextIsIncident);

/// <summary>A submission read back: a command, or field errors with nothing to run.</summary>
public sealed record FormReading(IncidentCommand? Command, IReadOnlyDictionary<string, string> Errors)
{
    public static FormReading Valid(IncidentCommand command) => new(command, new Dictionary<string, string>());

    public static FormReading Invalid(IReadOnlyDictionary<string, string> errors) => new(null, errors);
}
