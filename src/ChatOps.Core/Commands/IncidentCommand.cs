using ChatOps.Core.Incidents;

namespace ChatOps.Core.Commands;

/// <summary>One user intent, whatever front end it came from.</summary>
public abstract record IncidentCommand;

/// <summary>Declare; with no severity or title the declare form opens.</summary>
public sealed record DeclareCommand(string? Severity, string? Title, DeclareDetails? Details = null) : IncidentCommand;

public sealed record AcknowledgeCommand : IncidentCommand;

/// <summary>Post a status update; with no status the status-update form opens.</summary>
public sealed record PostUpdateCommand(IncidentStatus? Status, string? Message) : IncidentCommand;

public sealed record ChangeSeverityCommand(string Severity) : IncidentCommand;

public sealed record AssignRoleCommand(IncidentRole Role, string Person) : IncidentCommand;

public sealed record TriageCommand : IncidentCommand;

public sealed record AnswerTriageCommand(string QuestionId, string AnswerId) : IncidentCommand;

public sealed record EscalateCommand(string? Reason, int? FromTier = null) : IncidentCommand;

public sealed record AddNoteCommand(string Text) : IncidentCommand;

public sealed record ResolveCommand(string? Summary) : IncidentCommand;

public sealed record CloseCommand : IncidentCommand;

public sealed record ListCommand : IncidentCommand;

public sealed record StatusCommand : IncidentCommand;

public sealed record HelpCommand : IncidentCommand;
