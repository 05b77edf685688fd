using ChatOps.Core.Commands;
using ChatOps.Core.Engine;

namespace ChatOps.Core.Tests.Support;

/// <summary>
/// Drives an <see cref="IncidentEngine"/> the way a front end does, one call per unit of work at the clock's time:
/// typed text, commands, presses, submissions, the checks made before acknowledging, and firing what is due.
/// </summary>
internal sealed class EngineDriver(IncidentEngine engine, TimeProvider clock)
{
    public IncidentEngine Engine => engine;

    public UnitOfWork Work(CommandContext context) => new(context, clock.GetUtcNow());

    public Task<CommandReply> RunAsync(CommandContext context, string text) => engine.HandleAsync(Work(context), new TypedInput(text));

    public Task<CommandReply> ExecuteAsync(CommandContext context, IncidentCommand command) => engine.HandleAsync(Work(context), new CommandInput(command));

    public Task<CommandReply> PressAsync(CommandContext context, string actionId, string value) =>
        engine.HandleAsync(Work(context), new PressInput(actionId, value));

    public async Task<FormOutcome> SubmitAsync(CommandContext context, string formId, IReadOnlyDictionary<string, string> values, string formContext = "") =>
        FormOutcome.Of(await engine.HandleAsync(Work(context), new SubmissionInput(formId, values, formContext)));

    public Task<CommandReply> AddToTimelineAsync(CommandContext context, string text) =>
        engine.HandleAsync(Work(context), new CommandInput(new PinToTimelineCommand(text)));

    public async Task<CommandReply?> RefuseAsync(CommandContext context, IncidentCommand command) =>
        (await engine.CheckAsync(Work(context), new CommandInput(command)))?.Reply;

    public async Task<CommandReply?> RefusePressAsync(string actionId, string value) =>
        (await engine.CheckAsync(Work(new CommandContext("someone", "")), new PressInput(actionId, value)))?.Reply;

    /// <summary>The refusal of a form that is unknown or names no incident, whatever its fields say.</summary>
    public async Task<CommandReply?> RefuseSubmissionAsync(string formId, string formContext) =>
        (await engine.CheckAsync(Work(new CommandContext("someone", "")), new SubmissionInput(formId, new Dictionary<string, string>(), formContext)))?.Reply is { IsValid: true } refusal
            ? refusal
            : null;

    /// <summary>Whether events in the channel (a pinned message, someone joining) concern an incident.</summary>
    public async Task<bool> IsIncidentChannelAsync(string channelId) =>
        await engine.CheckAsync(Work(new CommandContext("someone", channelId)), new CommandInput(new RecordJoinCommand())) is null;

    public Task<int> FireDueAsync() => engine.FireDueAsync(UnitOfWork.ForBot("shell", clock.GetUtcNow()));
}

/// <summary>A submission's outcome as tests read it: the reply when the form was accepted, else its field errors.</summary>
internal sealed record FormOutcome(CommandReply? Reply, IReadOnlyDictionary<string, string> FieldErrors)
{
    public bool IsValid => FieldErrors.Count == 0;

    public static FormOutcome Of(CommandReply reply) =>
        reply.FieldErrors is { Count: > 0 } errors ? new(null, errors) : new(reply, new Dictionary<string, string>());
}
