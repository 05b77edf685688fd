using System.Text.Json.Nodes;

namespace ChatOps.Bot.Tests.Slack.Fakes;

/// <summary>A conversation as the fake Slack keeps it. Read it after the calls under test have completed.</summary>
public sealed class FakeChannel(string id, string name, bool isPrivate)
{
    public string Id { get; } = id;
    public string Name { get; } = name;
    public bool IsPrivate { get; } = isPrivate;
    public bool IsArchived { get; internal set; }
    public string Topic { get; internal set; } = "";
    public HashSet<string> Members { get; } = new(StringComparer.Ordinal);
    public HashSet<string> PinnedTs { get; } = new(StringComparer.Ordinal);

    /// <summary>Messages in posting order, as conversations.history would return them.</summary>
    public List<JsonObject> Messages { get; } = [];

    public JsonObject? FindMessage(string ts) => Messages.FirstOrDefault(m => (string?)m["ts"] == ts);

    internal JsonObject ToJson() => new()
    {
        ["id"] = Id,
        ["name"] = Name,
        ["is_channel"] = true,
        ["is_private"] = IsPrivate,
        ["is_archived"] = IsArchived,
        ["is_member"] = true,
        ["topic"] = new JsonObject { ["value"] = Topic },
    };
}
