using ChatOps.Core.Commands;
using ChatOps.Core.Incidents;

namespace ChatOps.Core.Engine;

/// <summary>The typed base of every command file: override what the command has.</summary>
public abstract class CommandHandler<TCommand> : ICommandHandler where TCommand : IncidentCommand
{
    public abstract CommandSpec Spec { get; }

    public Type CommandType => typeof(TCommand);

    public virtual IReadOnlyList<ButtonSpec> Buttons => [];

    public virtual FormSpec? Form => null;

    public virtual ParseResult Parse(CommandArgs args) =>
        ParseResult.Fail($"'{Spec.Name}' is not typed; it comes from the platform.");

    public string Describe(IncidentCommand command) => Describe((TCommand)command);

    public string? About(IncidentCommand command) => About((TCommand)command);

    public void Check(EngineCall call, IncidentCommand command) => Check(call, (TCommand)command);

    public bool AnswersAtOnce(IncidentCommand command) => AnswersAtOnce((TCommand)command);

    public Task<CommandReply> HandleAsync(EngineCall call, IncidentCommand command, Incident? incident, CancellationToken ct) =>
        HandleAsync(call, (TCommand)command, incident, ct);

    protected virtual string Describe(TCommand command) => Spec.Name;

    protected virtual string? About(TCommand command) => null;

    protected virtual void Check(EngineCall call, TCommand command)
    {
    }

    protected virtual bool AnswersAtOnce(TCommand command) => false;

    protected abstract Task<CommandReply> HandleAsync(EngineCall call, TCommand command, Incident? incident, CancellationToken ct);

    /// <summary>Joins the non-empty parts with spaces, for <see cref="Describe(TCommand)"/>.</summary>
    protected static string Words(params string?[] parts) => string.Join(' ', parts.Where(p => !string.IsNullOrWhiteSpace(p)));
}

/// <summary>A command that works on an incident: the engine has found it and checked access before the handler runs.</summary>
public abstract class IncidentCommandHandler<TCommand> : CommandHandler<TCommand> where TCommand : IncidentCommand
{
    protected sealed override Task<CommandReply> HandleAsync(EngineCall call, TCommand command, Incident? incident, CancellationToken ct) =>
        ApplyAsync(call, command, incident ?? throw new InvalidOperationException($"{Spec.Name} needs an incident."), ct);

    protected abstract Task<CommandReply> ApplyAsync(EngineCall call, TCommand command, Incident incident, CancellationToken ct);
}
