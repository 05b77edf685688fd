using System.Text.Json.Nodes;
using ChatOps.Bot.Tests.Slack.Fakes;
using ChatOps.Bot.Tests.Slack.Host;

namespace ChatOps.Bot.Tests.Slack.SocketMode;

/// <summary>The real bot in Socket Mode (app token, no signing secret) connected to the fake Slack, which has said hello.</summary>
public abstract class SocketModeTest : SlackIncidentTest
{
    private int _envelopes;

    protected FakeSocketConnection Socket { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Socket = await Slack.WaitForSocketAsync(1, Wait);
        await Socket.SendAsync(PublishedFrames.Hello());
    }

    protected override void Configure(Dictionary<string, string?> settings)
    {
        settings["Slack:AppToken"] = "xapp-1-A111-test";
        settings["Slack:SigningSecret"] = "";
    }

    protected string NextEnvelopeId() => $"envelope-{Interlocked.Increment(ref _envelopes)}";

    /// <summary>Sends a slash command envelope on <see cref="Socket"/> and returns the bot's acknowledgement.</summary>
    protected async Task<JsonObject> SlashAsync(string user, string channel, string text)
    {
        var id = NextEnvelopeId();
        await Socket.SendAsync(PublishedFrames.SlashCommand(id, user, channel, text, $"trigger.{id}", Slack.ResponseUrl(id)));
        return await Slack.WaitForAckAsync(id, Wait);
    }

    protected async Task<JsonObject> InteractAsync(JsonObject payload)
    {
        var id = NextEnvelopeId();
        await Socket.SendAsync(PublishedFrames.Interactive(id, payload));
        return await Slack.WaitForAckAsync(id, Wait);
    }
}
