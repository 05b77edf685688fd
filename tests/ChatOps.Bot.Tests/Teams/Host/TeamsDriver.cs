using System.Text.Json.Nodes;
using ChatOps.Bot.Tests.Teams.Fakes;
using ChatOps.Tests.Shared;

namespace ChatOps.Bot.Tests.Teams.Host;

/// <summary>
/// Builds what Teams sends from the activities Microsoft publishes (shared/reference/teams/activities), with this
/// test's ids, people and service URL filled in, keeping their shape.
/// </summary>
public sealed class TeamsDriver(TeamsBotHost host)
{
    public const string BotName = "ChatOps";
    private int _counter;

    private FakeTeamsServer Teams => host.Teams;

    /// <summary>A channel post that mentions the bot: <c>@ChatOps text</c>, from the real capture in a channel thread.</summary>
    public JsonObject ChannelMessage(TeamsUser user, string channel, string text)
    {
        var activity = Published("message.channel.mention.teams-net.json");
        var n = Next();
        Address(activity, user, n);
        var at = $"<at>{BotName}</at>";
        activity["text"] = $"{at} {text}";
        activity["channelData"]!["teamsChannelId"] = channel;
        activity["channelData"]!["channel"]!["id"] = channel;
        activity["channelData"]!["tenant"]!["id"] = FakeTeamsServer.TenantId;
        activity["conversation"]!["id"] = $"{channel};messageid={n}";
        activity["conversation"]!["tenantId"] = FakeTeamsServer.TenantId;
        activity["entities"]![0]!["mentioned"] = new JsonObject { ["id"] = FakeTeamsServer.BotId, ["name"] = BotName };
        activity["entities"]![0]!["text"] = at;
        activity["attachments"]![0]!["content"] = $"<p><span itemtype=\"http://schema.skype.com/Mention\" itemscope=\"\" itemid=\"0\">{BotName}</span>&nbsp;{System.Net.WebUtility.HtmlEncode(text)}</p>";
        return activity;
    }

    /// <summary>Adds an @mention of <paramref name="user"/> at the end of a message, with its entity, as Teams does.</summary>
    public static JsonObject WithMention(JsonObject message, TeamsUser user)
    {
        var at = $"<at>{user.Name}</at>";
        message["text"] = $"{(string?)message["text"]} {at}";
        message["entities"]!.AsArray().Add(new JsonObject
        {
            ["mentioned"] = new JsonObject { ["id"] = user.TeamsId, ["name"] = user.Name, ["aadObjectId"] = user.ObjectId },
            ["text"] = at,
            ["type"] = "mention",
        });
        return message;
    }

    /// <summary>A message in the person's 1:1 chat with the bot (no mention needed there).</summary>
    public JsonObject PersonalMessage(TeamsUser user, string text)
    {
        var activity = Published("message.personal.rich_text.msteams-docs.json");
        Address(activity, user, Next());
        activity["conversation"]!["id"] = user.PersonalChat;
        activity["channelData"]!["tenant"]!["id"] = FakeTeamsServer.TenantId;
        activity["text"] = text;
        activity["attachments"]![0]!["content"] = $"<div><div>{System.Net.WebUtility.HtmlEncode(text)}</div></div>";
        return activity;
    }

    /// <summary>A press of an <c>Action.Execute</c> button on a card the bot posted into <paramref name="channel"/>.</summary>
    public JsonObject Execute(TeamsUser user, string channel, JsonObject action, string? replyToId = null)
    {
        var activity = Published("invoke.adaptiveCard_action.Action.Execute.personal.teams-net.json");
        var n = Next();
        Address(activity, user, n);
        activity["id"] = $"f:{Guid.NewGuid()}";
        activity["conversation"] = new JsonObject { ["id"] = $"{channel};messageid={replyToId ?? n.ToString(System.Globalization.CultureInfo.InvariantCulture)}", ["isGroup"] = true, ["conversationType"] = "channel", ["tenantId"] = FakeTeamsServer.TenantId };
        activity["channelData"] = new JsonObject
        {
            ["channel"] = new JsonObject { ["id"] = channel },
            ["team"] = new JsonObject { ["id"] = "19:team@thread.tacv2" },
            ["tenant"] = new JsonObject { ["id"] = FakeTeamsServer.TenantId },
            ["source"] = new JsonObject { ["name"] = "message" },
        };
        activity["value"]!["action"] = action.DeepClone();
        activity["replyToId"] = replyToId ?? "1767765488332";
        return activity;
    }

    /// <summary>Opening a dialog (<c>task/fetch</c>) from an <c>Action.Submit</c> whose data asks for one.</summary>
    public JsonObject TaskFetch(TeamsUser user, string channel, JsonNode data) => Dialog("TaskFetchActivity.json", user, channel, data);

    /// <summary>Submitting a dialog (<c>task/submit</c>): the inputs' values merged into the submit action's data.</summary>
    public JsonObject TaskSubmit(TeamsUser user, string channel, JsonNode data) => Dialog("TaskSubmitActivity.json", user, channel, data);

    /// <summary>The bot being added to a team: <c>conversationUpdate</c> with the bot among <c>membersAdded</c>.</summary>
    public JsonObject BotAddedToTeam(string generalChannel)
    {
        var activity = Published("conversationUpdate.membersAdded.bot_added_to_team.msteams-docs.json");
        activity["id"] = $"f:{Next()}";
        activity["serviceUrl"] = Teams.ServiceUrl;
        activity["membersAdded"]![0]!["id"] = FakeTeamsServer.BotId;
        activity["recipient"] = new JsonObject { ["id"] = FakeTeamsServer.BotId, ["name"] = BotName };
        activity["conversation"]!["id"] = generalChannel;
        activity["channelData"]!["tenant"]!["id"] = FakeTeamsServer.TenantId;
        return activity;
    }

    /// <summary>A published activity with only the service URL made ours.</summary>
    public JsonObject Published(string file)
    {
        var activity = JsonNode.Parse(File.ReadAllText(Reference(file)))!.AsObject();
        activity["serviceUrl"] = Teams.ServiceUrl;
        return activity;
    }

    private JsonObject Dialog(string fixture, TeamsUser user, string channel, JsonNode data)
    {
        var activity = JsonNode.Parse(File.ReadAllText(Reference("sdk-serialization-fixtures", "Invokes", fixture)))!.AsObject();
        var n = Next();
        Address(activity, user, n);
        activity["id"] = $"f:{Guid.NewGuid()}";
        activity["conversation"] = new JsonObject { ["id"] = $"{channel};messageid={n}", ["conversationType"] = "channel", ["tenantId"] = FakeTeamsServer.TenantId };
        activity["channelData"]!["channel"]!["id"] = channel;
        activity["channelData"]!["tenant"] = new JsonObject { ["id"] = FakeTeamsServer.TenantId };
        activity["value"]!["data"] = data.DeepClone();
        return activity;
    }

    private void Address(JsonObject activity, TeamsUser user, long id)
    {
        activity["id"] = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        activity["serviceUrl"] = Teams.ServiceUrl;
        activity["from"] = new JsonObject { ["id"] = user.TeamsId, ["name"] = user.Name, ["aadObjectId"] = user.ObjectId };
        activity["recipient"] = new JsonObject { ["id"] = FakeTeamsServer.BotId, ["name"] = BotName };
    }

    private long Next() => 1_800_000_000_000 + Interlocked.Increment(ref _counter);

    private static string Reference(params string[] parts) => RepoFiles.Reference(["teams", "activities", .. parts]);
}
