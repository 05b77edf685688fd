using System.Text.Json.Nodes;
using ChatOps.Bot.Teams.AdaptiveCards;
using ChatOps.Bot.Teams.Inbound;
using ChatOps.Bot.Tests.Teams.Fakes;
using ChatOps.Bot.Tests.Teams.Host;
using ChatOps.Core.Commands;
using ChatOps.Core.Messaging;
using ChatOps.Tests.Shared;

namespace ChatOps.Bot.Tests.BadInput.Fuzzing;

/// <summary>
/// The published Teams activities (shared/reference/teams/activities) the fuzzer starts from, addressed to this run's
/// bot (its service URL, id and tenant, an activity id of the case's own) and given something that, valid, is refused
/// while no incident exists: a command other than a declaration that could succeed, a card button or dialog on an
/// incident that does not exist, the declare dialog with an unknown severity. The bot being added to a team or chat
/// is left out: its welcome is a post the bot rightly makes.
/// </summary>
public sealed class TeamsFuzzBases(string serviceUrl)
{
    private static readonly string[] Buttons =
        [Acknowledge.ActionId, Resolve.ActionId, PostUpdate.ActionId, StartTriage.ActionId, Escalate.ActionId, AnswerTriage.ActionId, "incident.frobnicate"];

    private static readonly string[] ButtonValues =
        [SlackBadRequests.Nowhere, EscalateValue.Format(SlackBadRequests.Nowhere, 0), TriageAnswerValue.Format(SlackBadRequests.Nowhere, "api-health", "failing"), ""];

    private static readonly TeamsUser[] People = [TeamsIncidentTest.Alice, TeamsIncidentTest.Bob];

    public IReadOnlyList<(FuzzBase Base, int Weight)> All =>
    [
        Weighted(12, "message.channel.mention.teams-net.json", (i, m) => Mutated(i, m, "message.channel.mention.teams-net.json", Command(Published("message.channel.mention.teams-net.json"), m))),
        Weighted(6, "message.personal.rich_text.msteams-docs.json", (i, m) => Mutated(i, m, "message.personal.rich_text.msteams-docs.json", Personal(Published("message.personal.rich_text.msteams-docs.json"), m))),
        Weighted(6, "message.value.messageBack.channel.msteams-docs.json", (i, m) => Mutated(i, m, "messageBack", Submitted(Published("message.value.messageBack.channel.msteams-docs.json"), m))),
        Weighted(10, "invoke.adaptiveCard_action.Action.Execute.personal.teams-net.json", (i, m) => Mutated(i, m, "Action.Execute", Execute(Published("invoke.adaptiveCard_action.Action.Execute.personal.teams-net.json"), m))),
        Weighted(5, "TaskFetchActivity.json", (i, m) => Mutated(i, m, "task/fetch", Dialog(Published("sdk-serialization-fixtures", "Invokes", "TaskFetchActivity.json"), m))),
        Weighted(8, "TaskSubmitActivity.json", (i, m) => Mutated(i, m, "task/submit", Dialog(Published("sdk-serialization-fixtures", "Invokes", "TaskSubmitActivity.json"), m))),
        .. Others().Select(file => Weighted(1, file, (i, m) => Mutated(i, m, file, Published(file)))),
    ];

    private static (FuzzBase, int) Weighted(int weight, string name, Func<int, Mutations, FuzzRequest> build) => (new FuzzBase(name, build), weight);

    public static bool IsAddress(string field) => field is "serviceUrl";

    /// <summary>Every other inbound activity Microsoft publishes: reactions, conversation updates, meeting events, other invokes.</summary>
    private static IEnumerable<string> Others() =>
        Directory.GetFiles(Activities(), "*.json", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Activities(), f))
            .Where(f => !f.StartsWith("outbound.", StringComparison.Ordinal) && !f.Contains("bot_added", StringComparison.Ordinal)
                && !f.StartsWith("message.", StringComparison.Ordinal) && !f.StartsWith("invoke.adaptiveCard", StringComparison.Ordinal)
                && !f.EndsWith("TaskFetchActivity.json", StringComparison.Ordinal) && !f.EndsWith("TaskSubmitActivity.json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    private FuzzRequest Mutated(int index, Mutations m, string name, JsonObject activity)
    {
        Address(activity, index, m);
        var json = m.Json(activity, 1 + m.Random.Next(3));
        return new(index, name, TeamsEndpoint.Path, SlackBadRequests.Json, m.Bytes(json, 0.1), m.Applied);
    }

    /// <summary>Ours: the fake's service URL, the bot as recipient, our tenant, someone of the tenant (or the published sender) as sender.</summary>
    private void Address(JsonObject activity, int index, Mutations m)
    {
        activity["serviceUrl"] = serviceUrl;
        activity["channelId"] = "msteams";
        activity["id"] = $"fuzz-{index}";
        activity["recipient"] = new JsonObject { ["id"] = FakeTeamsServer.BotId, ["name"] = TeamsDriver.BotName };
        if (m.Chance(0.5))
        {
            var user = m.Pick(People);
            activity["from"] = new JsonObject { ["id"] = user.TeamsId, ["name"] = user.Name, ["aadObjectId"] = user.ObjectId };
        }
        if (activity["channelData"] is JsonObject data && data["tenant"] is JsonObject) data["tenant"] = new JsonObject { ["id"] = FakeTeamsServer.TenantId };
        if (activity["conversation"] is JsonObject conversation && conversation.ContainsKey("tenantId")) conversation["tenantId"] = FakeTeamsServer.TenantId;
    }

    /// <summary>A channel post mentioning the bot with a command, in General or in a channel the fake does not know.</summary>
    private static JsonObject Command(JsonObject activity, Mutations m)
    {
        var channel = m.Chance(0.5) ? TeamsIncidentTest.General : "19:elsewhere0000000000000000000000@thread.tacv2";
        var at = $"<at>{TeamsDriver.BotName}</at>";
        activity["text"] = $"{at} {m.Pick(FuzzValues.Commands)}";
        activity["channelData"]!["teamsChannelId"] = channel;
        activity["channelData"]!["channel"]!["id"] = channel;
        activity["conversation"]!["id"] = $"{channel};messageid=1800000000001";
        activity["entities"]![0]!["mentioned"] = new JsonObject { ["id"] = FakeTeamsServer.BotId, ["name"] = TeamsDriver.BotName };
        activity["entities"]![0]!["text"] = at;
        return activity;
    }

    private static JsonObject Personal(JsonObject activity, Mutations m)
    {
        activity["text"] = m.Pick(FuzzValues.Commands);
        return activity;
    }

    /// <summary>An <c>Action.Submit</c> press: the button's data in the message's value.</summary>
    private static JsonObject Submitted(JsonObject activity, Mutations m)
    {
        activity["value"] = new ActionData(m.Pick(Buttons), m.Pick(ButtonValues)).ToJson();
        return activity;
    }

    private static JsonObject Execute(JsonObject activity, Mutations m)
    {
        activity["value"]!["action"] = new JsonObject
        {
            ["type"] = "Action.Execute",
            ["verb"] = m.Pick(Buttons),
            ["data"] = new ActionData(m.Pick(Buttons), m.Pick(ButtonValues)).ToJson(),
        };
        return activity;
    }

    /// <summary>A dialog: the declare form (with an unknown severity when submitted), or the update form of an incident that does not exist.</summary>
    private static JsonObject Dialog(JsonObject activity, Mutations m)
    {
        var data = m.Chance(0.5)
            ? new ActionData(Form: Declare.FormId).ToJson()
            : new ActionData(Form: PostUpdate.FormId, Context: SlackBadRequests.Nowhere).ToJson();
        data[IncidentForms.Severity] = "P9";
        data[IncidentForms.Title] = "Checkout is down";
        data[IncidentForms.Status] = "investigating";
        activity["value"]!["data"] = data;
        return activity;
    }

    private static JsonObject Published(params string[] path) => JsonNode.Parse(File.ReadAllText(Path.Combine([Activities(), .. path])))!.AsObject();

    private static string Activities() => RepoFiles.Reference("teams", "activities");
}
