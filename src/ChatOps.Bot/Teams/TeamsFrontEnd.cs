using System.Text.Json.Nodes;
using ChatOps.Bot.Inbound;
using ChatOps.Bot.Teams.Connector;
using ChatOps.Bot.Teams.Inbound;
using ChatOps.Core.Commands;
using ChatOps.Core.Engine;

namespace ChatOps.Bot.Teams;

/// <summary>
/// Teams' part of the inbound pipeline: users are Entra object ids with their runbook handles, answers go back
/// through the Bot Connector (a reply in the thread of the message that asked, or a post in the conversation of a card
/// or dialog) unless the card button's invoke is still waiting for it, and the one event is the bot being added to a
/// conversation, answered with a welcome.
/// </summary>
public sealed class TeamsFrontEnd(BotConnectorClient connector, TeamsMessages messages, TeamsPeople people, PressAnswers presses) : IFrontEnd, IReadsOlderIntents
{
    public const string Welcome = "Hi, I'm ChatOps, the incident bot. Mention me with a command, for example @ChatOps incident declare P1 Checkout is slow, or @ChatOps incident declare for the form.";

    /// <summary>The event of the bot being added to a conversation.</summary>
    public const string BotAdded = "bot_added";

    private const string ServiceUrl = "service_url";
    private const string Conversation = "conversation";
    private const string ReplyTo = "reply_to";
    private const string AwaitedAs = "awaited_as";

    public string Platform => TeamsPlatform.Name;

    /// <summary>The inbox key of an activity: its id, within its conversation (Teams retries an activity it got no answer for).</summary>
    public static string Key(TeamsActivity activity) => $"teams:{activity.Id}:{Intake.Hash(activity.ConversationId)}";

    /// <summary>
    /// Where the answer to an activity goes: a reply in its thread when <paramref name="inThread"/>, else a post in its
    /// conversation; first to the invoke waiting for it under <paramref name="awaitedAs"/> (<see cref="PressAnswers"/>), if it still is.
    /// </summary>
    public static Dictionary<string, string> ReplyAddress(TeamsActivity activity, bool inThread, string? awaitedAs = null)
    {
        var reply = new Dictionary<string, string>(StringComparer.Ordinal) { [ServiceUrl] = activity.ServiceUrl, [Conversation] = activity.ConversationId };
        if (inThread && activity.Id.Length > 0) reply[ReplyTo] = activity.Id;
        if (awaitedAs is not null) reply[AwaitedAs] = awaitedAs;
        return reply;
    }

    public Task<ActorContext> ContextAsync(string actor, string channel, CancellationToken ct) => Task.FromResult(new ActorContext(people.Context(actor, channel)));

    public async Task AnswerAsync(CommandReply reply, InboundIntent intent, CancellationToken ct)
    {
        if (intent.ReplyValue(AwaitedAs) is { Length: > 0 } awaited && presses.TryAnswer(awaited, reply)) return;
        var activity = await messages.RenderReplyAsync(reply, ct);
        var (serviceUrl, conversation) = (intent.ReplyValue(ServiceUrl) ?? "", intent.ReplyValue(Conversation) ?? "");
        if (intent.ReplyValue(ReplyTo) is { Length: > 0 } replyTo) await connector.ReplyAsync(serviceUrl, conversation, replyTo, activity, ct);
        else await connector.SendAsync(serviceUrl, conversation, activity, ct);
    }

    public async Task<EngineInput?> ReadEventAsync(InboundIntent intent, CommandContext context, CancellationToken ct)
    {
        if (intent.EventType == BotAdded) await AnswerAsync(new CommandReply($"{Welcome}\n{CommandParser.Usage}"), intent, ct);
        return null;
    }

    public string Grammar(string command) => $"{TeamsMessages.Command} {command}";

    /// <summary>Intents stored before the one inbound pipeline: <c>{kind: command|press|submit|welcome, actor, serviceUrl, conversation, ...}</c>.</summary>
    public InboundIntent? ReadOlder(JsonObject stored)
    {
        string Get(string name) => stored[name]?.GetValue<string>() ?? "";
        var (actor, channel) = (Get("actor"), Get("channel"));
        if (actor.Length == 0 || Get("serviceUrl").Length == 0) return null;
        var reply = new Dictionary<string, string>(StringComparer.Ordinal) { [ServiceUrl] = Get("serviceUrl"), [Conversation] = Get("conversation") };
        if (Get("replyTo").Length > 0) reply[ReplyTo] = Get("replyTo");
        return Get("kind") switch
        {
            "command" => InboundIntent.Typed(actor, channel, Get("text")) with { Reply = reply },
            "press" => InboundIntent.Pressed(actor, channel, Get("action"), Get("value")) with { Reply = reply },
            "submit" => InboundIntent.Submitted(actor, channel, Get("form"),
                stored["values"]?.AsObject().ToDictionary(p => p.Key, p => p.Value?.GetValue<string>() ?? "") ?? [], Get("formContext")) with { Reply = reply },
            "welcome" => InboundIntent.Raised(actor, channel, BotAdded) with { Reply = reply },
            _ => null,
        };
    }
}
