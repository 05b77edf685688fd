using System.Text.Json.Nodes;
using ChatOps.Bot.Slack.Inbound;
using ChatOps.Bot.Tests.Slack.Host;
using ChatOps.Core.Commands;

namespace ChatOps.Bot.Tests.BadInput;

public static partial class SlackBadRequests
{
    /// <summary>Ways a signature is wrong; each is tried on a request that would change the incident if it were let in.</summary>
    private static (string What, Signer Sign, Outcome Expected)[] BrokenSignatures =>
    [
        ("no signature headers", SlackSigners.None, Outcome.Unverified),
        ("a timestamp but no signature", SlackSigners.TimestampOnly, Outcome.Unverified),
        ("a signature but no timestamp", SlackSigners.SignatureOnly, Outcome.Unverified),
        ("a forged signature", SlackSigners.Zeros, Outcome.Unverified),
        ("signed with another secret", SlackSigners.OtherSecret, Outcome.Unverified),
        ("a timestamp 6 minutes old", SlackSigners.At(TimeSpan.FromMinutes(-6)), Outcome.Unverified),
        ("a timestamp 6 minutes ahead", SlackSigners.At(TimeSpan.FromMinutes(6)), Outcome.Unverified),
        ("a timestamp that is not a number", SlackSigners.BadTimestamp("yesterday"), Outcome.Unverified),
        ("a negative timestamp", SlackSigners.BadTimestamp("-1"), Outcome.Unverified),
        ("a timestamp too big for 64 bits", SlackSigners.BadTimestamp("99999999999999999999"), Outcome.Unverified),
        ("version v1 instead of v0", SlackSigners.Version("v1="), Outcome.Unverified),
        ("no version prefix", SlackSigners.Version(""), Outcome.Unverified),
        ("a signature over a different body", SlackSigners.OverOtherBody, Outcome.Unverified),
        ("a valid and a forged signature header", SlackSigners.Twice, Outcome.Unverified),
        ("a 64 KB header", SlackSigners.HugeHeader, Outcome.Refused(431)),
    ];

    private static IEnumerable<BadRequest> SignatureRows()
    {
        BadRequest[] wouldChange =
        [
            Slash("a resolve", "resolve Forged", Outcome.Ignored, inIncident: true),
            Press("a Resolve press", Resolve.ActionId, BadRequestScene.IncidentNumber, Outcome.Ignored),
            Event("a join", s => new JsonObject { ["type"] = "member_joined_channel", ["user"] = SlackIncidentTest.Bob, ["channel"] = s.IncidentChannel }, Outcome.Ignored),
        ];
        foreach (var request in wouldChange)
            foreach (var (what, sign, expected) in BrokenSignatures)
                yield return request with { Name = $"{request.Path}: {request.Name} with {what}", Sign = sign, Expected = expected };

        var note = Slash("", "note Sent once", Outcome.Ignored, inIncident: true);
        yield return note with
        {
            Name = "/slack/commands: a valid request replayed 6 minutes later",
            Sign = SlackSigners.At(TimeSpan.FromMinutes(-6)),
            Expected = Outcome.Unverified,
            Arrange = async (s, body) =>
            {
                await AcceptedAsync(s, note, body);
                s.Host.Time.Advance(TimeSpan.FromMinutes(6));
            },
        };
        yield return note with
        {
            Name = "/slack/commands: a valid request replayed at once (Slack's retry) is carried out once",
            Arrange = (s, body) => AcceptedAsync(s, note, body),
        };
    }

    private static async Task AcceptedAsync(BadRequestScene scene, BadRequest request, byte[] body)
    {
        var response = await scene.SendAsync(request with { Sign = SlackSigners.Valid }, body);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        await scene.Host.SettledAsync();
    }
}
