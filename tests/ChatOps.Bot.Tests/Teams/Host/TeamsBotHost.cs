using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using ChatOps.Bot.Teams.Inbound;
using ChatOps.Bot.Tests.Support;
using ChatOps.Bot.Tests.Teams.Fakes;

namespace ChatOps.Bot.Tests.Teams.Host;

/// <summary>The real bot host on a loopback port, configured for Teams against a <see cref="FakeTeamsServer"/>.</summary>
public sealed class TeamsBotHost : LoopbackBotHost
{
    private TeamsBotHost(LoopbackBotHost started, FakeTeamsServer teams)
        : base(started) => Teams = teams;

    public FakeTeamsServer Teams { get; }

    public static async Task<TeamsBotHost> StartAsync(FakeTeamsServer teams, Dictionary<string, string?>? extra = null)
    {
        var settings = teams.BotSettings();
        foreach (var (key, value) in extra ?? []) settings[key] = value;
        return new TeamsBotHost(await StartAsync(settings, prefix: "chatops-teams-"), teams);
    }

    /// <summary>Teams' side of a host that was started with other settings too (Slack and Teams in one host).</summary>
    public static TeamsBotHost On(LoopbackBotHost host, FakeTeamsServer teams) => new(host, teams);

    /// <summary>Posts an activity to <c>/api/messages</c> with a valid token from the fake's current key, or the given one.</summary>
    public Task<HttpResponseMessage> PostActivityAsync(JsonObject activity, BotToken? token = null) =>
        PostAsync(activity.ToJsonString(), "Bearer " + (token ?? Teams.Token(Time)).Encode());

    public Task<HttpResponseMessage> PostAsync(string body, string? authorization)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, TeamsEndpoint.Path) { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        if (authorization is not null) request.Headers.TryAddWithoutValidation("Authorization", authorization);
        return Client.SendAsync(request);
    }
}
