using System.Text.Json.Nodes;
using ChatOps.Bot.Slack.Inbound;
using ChatOps.Bot.Tests.Slack.Host;

namespace ChatOps.Bot.Tests.BadInput;

public static partial class SlackBadRequests
{
    /// <summary>Correctly signed events the bot has nothing to do with: Slack wants a 200, and nothing may change.</summary>
    private static IEnumerable<BadRequest> EventRows() =>
    [
        Event("an event type the bot does not handle", _ => new JsonObject { ["type"] = "message", ["user"] = SlackIncidentTest.Bob, ["channel"] = SlackIncidentTest.General, ["text"] = "hi" }, Outcome.Ignored),
        Event("a pushpin on a message outside any incident channel", _ => Reaction("pushpin", SlackIncidentTest.General), Outcome.Ignored),
        Event("another reaction in the incident channel", s => Reaction("tada", s.IncidentChannel), Outcome.Ignored),
        Event("a reaction without an item", _ => new JsonObject { ["type"] = "reaction_added", ["user"] = SlackIncidentTest.Bob, ["reaction"] = "pushpin" }, Outcome.Ignored),
        Event("a join in a channel that is not an incident channel", _ => new JsonObject { ["type"] = "member_joined_channel", ["user"] = SlackIncidentTest.Bob, ["channel"] = SlackIncidentTest.General }, Outcome.Ignored),
        Event("a join in a channel whose id is 10,000 characters", _ => new JsonObject { ["type"] = "member_joined_channel", ["user"] = SlackIncidentTest.Bob, ["channel"] = "C" + new string('9', 9_999) }, Outcome.Ignored),
        Event("a mention without a user", _ => new JsonObject { ["type"] = "app_mention", ["channel"] = SlackIncidentTest.General, ["text"] = "<@U0BOT0001> help" }, Outcome.Ignored),
        Raw("an envelope type the bot does not know", SlackEndpoints.Events, Json, """{"type":"app_rate_limited","minute_rate_limited":1518467820}""", Outcome.Ignored),
        Raw("an event_callback without an event", SlackEndpoints.Events, Json, """{"type":"event_callback","event_id":"Ev0NOEVENT"}""", Outcome.Ignored),
        Raw("an event_callback whose event is a string", SlackEndpoints.Events, Json, """{"type":"event_callback","event_id":"Ev0STRING","event":"reaction_added"}""", Outcome.Ignored),
        new("an event_callback without an event_id", SlackEndpoints.Events, Json,
            s => Utf8(Without(SlackDriver.Event("unused", new JsonObject { ["type"] = "member_joined_channel", ["user"] = SlackIncidentTest.Bob, ["channel"] = s.IncidentChannel }), "event_id").ToJsonString()),
            Outcome.Ignored),
        Raw("a url_verification without a challenge", SlackEndpoints.Events, Json, """{"type":"url_verification","token":"x"}""", Outcome.Refused(400, "challenge")),
        Raw("a url_verification whose challenge is an object", SlackEndpoints.Events, Json, """{"type":"url_verification","challenge":{"a":1}}""", Outcome.Refused(400, "challenge")),
    ];

    private static JsonObject Reaction(string reaction, string channel) => new()
    {
        ["type"] = "reaction_added",
        ["user"] = SlackIncidentTest.Bob,
        ["reaction"] = reaction,
        ["item"] = new JsonObject { ["type"] = "message", ["channel"] = channel, ["ts"] = "1700000000.000100" },
        ["event_ts"] = "1700000100.000100",
    };
}
