using System.Text.Json.Nodes;
using ChatOps.Bot.Inbound;
using ChatOps.Bot.Slack.Api;
using ChatOps.Core.Commands;
using ChatOps.Core.Engine;

namespace ChatOps.Bot.Slack;

/// <summary>
/// Slack's part of the inbound pipeline: users are Slack ids with their runbook handles, answers are ephemeral
/// messages (or a modal while the trigger is fresh), and events are pins (the pinned message joins the timeline),
/// joins and mentions.
/// </summary>
public sealed class SlackFrontEnd(SlackApiClient api, SlackReplies replies, SlackPeople people) : IFrontEnd, IReadsOlderIntents
{
    public const string PinReaction = "pushpin";
    public const string ReactionAdded = "reaction_added";
    public const string AppMention = "app_mention";
    public const string MemberJoined = "member_joined_channel";

    /// <summary>The event data key of a reacted-to message's ts.</summary>
    public const string ItemTs = "item_ts";

    public static readonly IReadOnlySet<string> Events = new HashSet<string> { ReactionAdded, AppMention, MemberJoined };

    public string Platform => SlackPlatform.Name;

    public async Task<ActorContext> ContextAsync(string actor, string channel, CancellationToken ct)
    {
        var identity = await people.IdentifyAsync(actor, SlackPeople.WorkerPatience, ct);
        return new ActorContext(identity.Context(actor, channel), identity.Sure ? null : $"Slack has not said whether they are {string.Join(", ", identity.Unsure)}");
    }

    public Task AnswerAsync(CommandReply reply, InboundIntent intent, CancellationToken ct) => replies.DeliverAsync(reply, intent, ct);

    public async Task<EngineInput?> ReadEventAsync(InboundIntent intent, CommandContext context, CancellationToken ct)
    {
        switch (intent.EventType)
        {
            case ReactionAdded when intent.DataValue(ItemTs) is { Length: > 0 } ts:
                var message = await api.GetMessageAsync(intent.Channel, ts, ct);
                var text = message is { } m && m.TryGetProperty("text", out var t) ? t.GetString() ?? "" : "";
                var author = message is { } m2 && m2.TryGetProperty("user", out var u) ? u.GetString() : null;
                return text.Length == 0 ? null : new CommandInput(new PinToTimelineCommand(author is null ? text : $"{author}: {text}"));
            case AppMention:
                await api.PostEphemeralAsync(intent.Channel, intent.Actor, $"Hi! Use the /incident command:\n```{CommandParser.Usage}```", null, ct);
                return null;
            case MemberJoined:
                return new CommandInput(new RecordJoinCommand());
            default:
                return null;
        }
    }

    public string Grammar(string command) => $"/incident {command}";

    /// <summary>Intents stored before the one inbound pipeline: <c>{kind: command|action|view|event, user, channel, ...}</c>.</summary>
    public InboundIntent? ReadOlder(JsonObject stored)
    {
        string Get(string name) => stored[name]?.GetValue<string>() ?? "";
        var (user, channel) = (Get("user"), Get("channel"));
        if (user.Length == 0) return null;
        var reply = SlackReplyAddress.Of(Get("responseUrl"), Get("triggerId"));
        return Get("kind") switch
        {
            "command" => InboundIntent.Typed(user, channel, Get("text")) with { Reply = reply },
            "action" => InboundIntent.Pressed(user, channel, Get("actionId"), Get("value")) with { Reply = reply },
            "view" => InboundIntent.Submitted(user, channel, Get("formId"),
                stored["values"]?.AsObject().ToDictionary(p => p.Key, p => p.Value?.GetValue<string>() ?? "") ?? [], Get("formContext")) with { Reply = reply },
            "event" => InboundIntent.Raised(user, channel, Get("eventType"), new Dictionary<string, string> { [ItemTs] = Get("itemTs") }),
            _ => null,
        };
    }
}
