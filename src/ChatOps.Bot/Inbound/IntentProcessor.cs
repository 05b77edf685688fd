using ChatOps.Bot.Engine;
using ChatOps.Core.Commands;
using ChatOps.Core.Engine;

namespace ChatOps.Bot.Inbound;

/// <summary>
/// Carries out stored intents for every platform: reads the intent, asks its front end who acted (and, for an event,
/// what it means), runs the engine in one unit of work that also marks the intent done, and answers the person.
/// </summary>
public sealed class IntentProcessor(IServiceProvider services, IEnumerable<IFrontEnd> frontEnds, TimeProvider time)
{
    private readonly Dictionary<string, IFrontEnd> _frontEnds = frontEnds.ToDictionary(f => f.Platform, StringComparer.Ordinal);

    /// <summary>
    /// The longest one platform step of an intent (reading an event's message, answering the person) may take, on the
    /// wall clock (the platform's): the worker carries out every platform's intents, so a hanging platform must not hold
    /// the others. A step cut off counts as the platform not answering.
    /// </summary>
    public static readonly TimeSpan StepPatience = TimeSpan.FromSeconds(10);

    public bool Knows(string platform) => _frontEnds.ContainsKey(platform);

    /// <summary>
    /// Carries out the stored intent <paramref name="intentId"/> of <paramref name="platform"/>. Throws when it could
    /// not be (nothing was done); returns why its answer could not be shown when only that failed (the work stands), or
    /// null.
    /// </summary>
    public async Task<string?> ProcessAsync(string platform, long intentId, string payload, CancellationToken ct)
    {
        var frontEnd = FrontEnd(platform);
        var intent = Read(frontEnd, payload) ?? throw new InvalidOperationException($"An empty {platform} intent was stored.");
        var reply = await RunAsync(frontEnd, intent, intentId, ct);
        if (reply is null || intent.Kind == InboundIntent.Event) return null;
        try
        {
            using var patience = Patience(ct);
            await frontEnd.AnswerAsync(reply, intent, patience.Token);
            return null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            return ex.Message;
        }
    }

    /// <summary>Tells the person who acted that their intent failed for good (events have nobody to tell).</summary>
    public async Task ReportFailureAsync(string platform, string payload, string error, CancellationToken ct)
    {
        if (!_frontEnds.TryGetValue(platform, out var frontEnd) || Read(frontEnd, payload) is not { Kind: not InboundIntent.Event } intent) return;
        var reply = CommandReply.Error($"That did not go through ({error}). Check {frontEnd.Grammar("status")} or {frontEnd.Grammar("list")} before trying again.");
        await frontEnd.AnswerAsync(reply, intent with { Reply = WithoutTrigger(intent.Reply) }, ct);
    }

    /// <summary>
    /// Runs the intent in one unit of work. While the platform has not said who the person is, only work that cannot
    /// depend on it is kept: a refusal, an error or an answer that only reads (a listing an admin would see more of) is
    /// rolled back and the intent waits (<see cref="IdentityUnknownException"/>), never decided on a guess.
    /// </summary>
    private async Task<CommandReply?> RunAsync(IFrontEnd frontEnd, InboundIntent intent, long? intentId, CancellationToken ct)
    {
        var (context, unsure) = await frontEnd.ContextAsync(intent.Actor, intent.Channel, ct);
        EngineInput? input;
        using (var patience = Patience(ct)) input = intent.Input ?? await frontEnd.ReadEventAsync(intent, context, patience.Token);
        if (input is null) return null;
        var work = new UnitOfWork(context, time.GetUtcNow(), intentId);
        return await services.WithEngineAsync(work, async engine =>
        {
            var reply = await engine.HandleAsync(work, input, ct);
            if (unsure is not null && (reply.IsError || engine.Translate(input).Intent is { Command: { } command } read && read.Handler.AnswersAtOnce(command)))
                throw new IdentityUnknownException(frontEnd.Platform, unsure);
            return reply;
        }, ct);
    }

    /// <summary>The stored intent; one an earlier release stored in its own shape has no reply address or no actor.</summary>
    private static InboundIntent? Read(IFrontEnd frontEnd, string payload)
    {
        var intent = Intake.Read(payload);
        if (intent is { Actor: not null, Reply: not null } || intent is { Kind: InboundIntent.Event, Actor: not null }) return intent;
        return frontEnd is IReadsOlderIntents older && System.Text.Json.Nodes.JsonNode.Parse(payload) is System.Text.Json.Nodes.JsonObject stored
            ? older.ReadOlder(stored) ?? intent
            : intent;
    }

    private static CancellationTokenSource Patience(CancellationToken ct)
    {
        var patience = CancellationTokenSource.CreateLinkedTokenSource(ct);
        patience.CancelAfter(StepPatience);
        return patience;
    }

    private IFrontEnd FrontEnd(string platform) =>
        _frontEnds.TryGetValue(platform, out var frontEnd) ? frontEnd : throw new InvalidOperationException($"no front end for platform '{platform}'");

    /// <summary>A failure report is a message; it never opens a form.</summary>
    private static Dictionary<string, string>? WithoutTrigger(Dictionary<string, string>? reply) =>
        reply?.Where(p => p.Key != ReplyKeys.TriggerId).ToDictionary(p => p.Key, p => p.Value);
}
