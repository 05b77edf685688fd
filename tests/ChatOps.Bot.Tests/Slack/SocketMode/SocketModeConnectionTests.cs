using System.Net;
using ChatOps.Bot.Slack.Inbound;
using ChatOps.Bot.Slack.SocketMode;
using ChatOps.Bot.Tests.Slack.Fakes;
using ChatOps.Tests.Shared;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ChatOps.Bot.Tests.Slack.SocketMode;

/// <summary>The connection itself: Slack's disconnect requests, messages in pieces, failing handlers, no public endpoint.</summary>
public sealed class SocketModeConnectionTests : SocketModeTest
{
    [Theory]
    [InlineData("refresh_requested")]
    [InlineData("warning")]
    [InlineData("too_many_websockets")]
    public async Task A_disconnect_makes_the_bot_open_a_fresh_connection_and_keep_working(string reason)
    {
        await Socket.SendAsync(PublishedFrames.Disconnect(reason));

        await Socket.Closed.Task.WaitAsync(Wait);
        var second = await Slack.WaitForSocketAsync(2, Wait);
        Assert.Equal(2, Slack.Calls.Count(c => c.Method == FakeSlackServer.AppsConnectionsOpen));
        await second.SendAsync(PublishedFrames.Hello());
        var id = NextEnvelopeId();
        await second.SendAsync(PublishedFrames.SlashCommand(id, Alice, General, "declare P1 Webhooks delayed", "trigger.after", Slack.ResponseUrl(id)));
        await Slack.WaitForAckAsync(id, Wait);
        await Slack.WaitForCallAsync("pins.add", null, Wait);
    }

    [Fact]
    public async Task A_message_split_over_many_frames_is_read_whole()
    {
        var id = NextEnvelopeId();
        await Socket.SendAsync(PublishedFrames.SlashCommand(id, Alice, General, "list", "trigger.split", Slack.ResponseUrl(id)).ToJsonString(), frameBytes: 16);

        var ack = await Slack.WaitForAckAsync(id, Wait);
        Assert.Contains("No open incidents", ack["payload"]!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_form_Slack_refuses_to_open_is_explained_in_the_acknowledgement_and_the_next_envelope_is_handled()
    {
        Slack.FailNextWithError("views.open", "expired_trigger_id");

        var failed = await SlashAsync(Alice, General, "declare");
        Assert.Contains("could not be opened", failed["payload"]!["text"]!.GetValue<string>());

        var next = await SlashAsync(Alice, General, "list");
        Assert.Contains("No open incidents", next["payload"]!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Without_a_signing_secret_the_http_endpoints_refuse_every_request()
    {
        var body = (await File.ReadAllTextAsync(RepoFiles.Reference("slack", "payloads", "slash_command.form-urlencoded.bolt-js.txt"))).Trim();

        var response = await Host.PostFormAsync(SlackEndpoints.Commands, body);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public void The_socket_mode_client_runs_only_when_an_app_token_is_set()
    {
        Assert.Single(Host.Services.GetServices<IHostedService>().OfType<SocketModeClient>());
    }
}
