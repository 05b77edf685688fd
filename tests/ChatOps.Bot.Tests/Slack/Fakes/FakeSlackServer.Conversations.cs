using System.Globalization;
using System.Text.Json.Nodes;

namespace ChatOps.Bot.Tests.Slack.Fakes;

public sealed partial class FakeSlackServer
{
    private const string NameSpecials = " .,;:!?@#$%^&*()+=[]{}<>|\\/'\"`~";
    private readonly Dictionary<string, FakeChannel> _channels = new(StringComparer.Ordinal);
    private int _channelCount;

    public IReadOnlyList<FakeChannel> Channels
    {
        get { lock (_gate) { return _channels.Values.ToList(); } }
    }

    /// <summary>The channel with this id or name, or null.</summary>
    public FakeChannel? Channel(string idOrName)
    {
        lock (_gate)
        {
            return _channels.TryGetValue(idOrName, out var byId) ? byId : _channels.Values.FirstOrDefault(c => c.Name == idOrName);
        }
    }

    /// <summary>A channel that exists before the test starts (the bot is a member).</summary>
    public FakeChannel AddChannel(string id, string name, bool isPrivate = false)
    {
        lock (_gate)
        {
            var channel = new FakeChannel(id, name, isPrivate);
            channel.Members.Add(BotUserId);
            _channels[id] = channel;
            return channel;
        }
    }

    private JsonObject CreateConversation(SlackCall call)
    {
        var name = call.Arg("name")!;
        if (name.Length > 80)
        {
            return Error("invalid_name_maxlength");
        }

        if (name.Any(c => char.IsUpper(c) || char.IsWhiteSpace(c) || NameSpecials.Contains(c)))
        {
            return Error("invalid_name_specials");
        }

        if (_channels.Values.Any(c => c.Name == name))
        {
            return Error("name_taken");
        }

        var channel = new FakeChannel($"C{++_channelCount:D7}", name, call.Arg("is_private") == "true");
        channel.Members.Add(BotUserId);
        _channels[channel.Id] = channel;
        return Ok(new JsonObject { ["channel"] = channel.ToJson() });
    }

    private JsonObject Invite(SlackCall call) => WithOpenChannel(call, channel =>
    {
        var users = call.Arg("users")!.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (users.Length > 1000)
        {
            return Error("too_many_users");
        }

        if (users.FirstOrDefault(u => !(u.StartsWith('U') || u.StartsWith('W'))) is { } bad)
        {
            return Error("user_not_found", $"no user {bad}");
        }

        if (users.Contains(BotUserId))
        {
            return Error("cant_invite_self");
        }

        if (users.All(channel.Members.Contains))
        {
            return Error("already_in_channel");
        }

        channel.Members.UnionWith(users);
        return Ok(new JsonObject { ["channel"] = channel.ToJson() });
    });

    private JsonObject SetTopic(SlackCall call) => WithOpenChannel(call, channel =>
    {
        var topic = call.Arg("topic")!;
        if (topic.Length > 250)
        {
            return Error("too_long");
        }

        channel.Topic = topic;
        return Ok(new JsonObject { ["channel"] = channel.ToJson() });
    });

    private JsonObject Archive(SlackCall call)
    {
        if (!_channels.TryGetValue(call.Arg("channel")!, out var channel))
        {
            return Error("channel_not_found");
        }

        if (channel.IsArchived)
        {
            return Error("already_archived");
        }

        channel.IsArchived = true;
        return Ok();
    }

    /// <summary>Every unarchived channel, on one page.</summary>
    private JsonObject ListConversations() => Ok(new JsonObject
    {
        ["channels"] = new JsonArray([.. _channels.Values.Where(c => !c.IsArchived).Select(c => c.ToJson())]),
        ["response_metadata"] = new JsonObject { ["next_cursor"] = "" },
    });

    private JsonObject History(SlackCall call)
    {
        if (!_channels.TryGetValue(call.Arg("channel")!, out var channel))
        {
            return Error("channel_not_found");
        }

        var latest = call.Arg("latest") is { } l ? ParseTs(l) : decimal.MaxValue;
        var inclusive = call.Arg("inclusive") is "true" or "1";
        var limit = int.TryParse(call.Arg("limit"), out var n) && n > 0 ? n : 100;
        var matching = channel.Messages
            .Where(m => ParseTs((string)m["ts"]!) is var ts && (ts < latest || (inclusive && ts == latest)))
            .OrderByDescending(m => ParseTs((string)m["ts"]!))
            .ToList();
        return Ok(new JsonObject
        {
            ["messages"] = new JsonArray([.. matching.Take(limit).Select(m => m.DeepClone())]),
            ["has_more"] = matching.Count > limit,
        });
    }

    /// <summary>Runs <paramref name="action"/> on the call's channel when it exists and is not archived.</summary>
    private JsonObject WithOpenChannel(SlackCall call, Func<FakeChannel, JsonObject> action) =>
        !_channels.TryGetValue(call.Arg("channel")!, out var channel) ? Error("channel_not_found")
        : channel.IsArchived ? Error("is_archived")
        : action(channel);

    private static decimal ParseTs(string ts) =>
        decimal.TryParse(ts, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : -1;
}
