using System.Text.Json.Nodes;

namespace ChatOps.Bot.Tests.Slack.Fakes;

/// <summary>A workspace member in the fake's directory, rendered like Slack's user object.</summary>
internal sealed record FakeSlackUser(string Id, string Name, string? RealName, string? Email)
{
    public JsonObject ToJson() => new()
    {
        ["id"] = Id,
        ["name"] = Name,
        ["real_name"] = RealName,
        ["profile"] = new JsonObject { ["real_name"] = RealName, ["email"] = Email },
    };
}
