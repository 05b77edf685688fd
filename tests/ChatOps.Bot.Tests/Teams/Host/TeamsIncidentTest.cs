using System.Net;
using System.Text.Json.Nodes;
using ChatOps.Bot.Persistence;
using ChatOps.Bot.Tests.Teams.Fakes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChatOps.Bot.Tests.Teams.Host;

/// <summary>A fake tenant (team, channels, people), the real bot pointed at it, and a driver that plays Teams.</summary>
public abstract class TeamsIncidentTest : IAsyncLifetime
{
    public const string General = "19:general0000000000000000000000000@thread.tacv2";
    public const string Announce = "19:incidents00000000000000000000000@thread.tacv2";
    public static readonly TeamsUser Alice = new("a11ce000-0000-4000-8000-000000000001", "Alice Adams");
    public static readonly TeamsUser Bob = new("b0b00000-0000-4000-8000-000000000002", "Bob Brown");
    public static readonly TeamsUser OnCall = new("0c000000-0000-4000-8000-000000000003", "Olive Oncall");
    public static readonly TeamsUser Cto = new("c7000000-0000-4000-8000-000000000005", "Casey CTO");
    public static readonly TeamsUser Head = new("4ead0000-0000-4000-8000-000000000006", "Harper Head");
    public const string LeadUpn = "lead@example.com";
    protected static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);
    private static readonly System.Text.Json.JsonSerializerOptions Unescaped = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    protected FakeTeamsServer Teams { get; private set; } = null!;
    protected TeamsBotHost Host { get; private set; } = null!;
    protected TeamsDriver Driver { get; private set; } = null!;

    public virtual async Task InitializeAsync()
    {
        Teams = await FakeTeamsServer.StartAsync();
        Teams.AddChannel(General, "General");
        Teams.AddChannel(Announce, "Incidents");
        var settings = new Dictionary<string, string?>
        {
            ["Teams:AnnounceChannelId"] = Announce,
            ["Teams:People:oncall-engineer"] = OnCall.ObjectId,
            ["Teams:People:engineering-lead"] = LeadUpn,
            ["Teams:People:cto"] = Cto.ObjectId,
            ["Teams:People:head-of-engineering"] = Head.ObjectId,
        };
        Configure(settings);
        Host = await TeamsBotHost.StartAsync(Teams, settings);
        Driver = new TeamsDriver(Host);
    }

    /// <summary>Changes the bot's settings before it starts.</summary>
    protected virtual void Configure(Dictionary<string, string?> settings)
    {
    }

    public virtual async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Teams.DisposeAsync();
    }

    /// <summary>Sends an activity and expects Teams' 200; returns the response body (JSON for invokes, else null).</summary>
    protected async Task<JsonNode?> SendAsync(JsonObject activity)
    {
        var response = await Host.PostActivityAsync(activity);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {body}");
        return body.Length > 0 ? JsonNode.Parse(body) : null;
    }

    /// <summary>Types a command to the bot in a channel and waits until the bot has carried it out.</summary>
    protected async Task SayAsync(TeamsUser user, string channel, string text)
    {
        await SendAsync(Driver.ChannelMessage(user, channel, text));
        await Host.InboxIdleAsync();
    }

    /// <summary>The first message in a channel whose text or card contains <paramref name="contains"/>, waiting for it.</summary>
    protected Task<JsonObject> PostedAsync(string channel, string contains) =>
        Teams.WaitForMessageAsync(channel, m => m.ToJsonString(Unescaped).Contains(contains, StringComparison.Ordinal), Wait, $"containing '{contains}'");

    /// <summary>
    /// The bot's answer in a conversation containing <paramref name="contains"/>, waiting for it: replies in the thread
    /// of a channel message or dialog, or posts in a chat. Answers follow the committed work, so they are awaited.
    /// </summary>
    protected async Task<JsonObject> ReplyAsync(string conversation, string contains)
    {
        bool Matches(TeamsCall c) =>
            c.Method == "POST" && c.Json is JsonObject activity
            && (c.Path.StartsWith($"/connector/v3/conversations/{conversation};messageid=", StringComparison.Ordinal) || c.Path.StartsWith($"/connector/v3/conversations/{conversation}/activities", StringComparison.Ordinal))
            && activity.ToJsonString(Unescaped).Contains(contains, StringComparison.Ordinal);
        return (JsonObject)(await Teams.WaitForCallAsync(Matches, Wait, $"answer containing '{contains}' in {conversation}")).Json!;
    }

    /// <summary>The card attached to a message.</summary>
    protected static JsonObject CardOf(JsonObject message) => message["attachments"]![0]!["content"]!.AsObject();

    /// <summary>The action with this title anywhere on the card, including inside a confirmation's card.</summary>
    protected static JsonObject ActionOn(JsonObject card, string title) =>
        Find(card, title) ?? throw new InvalidOperationException($"No action '{title}' on {card.ToJsonString()}");

    protected static bool HasAction(JsonObject card, string title) => Find(card, title) is not null;

    protected async Task AssertNoFailedIntentsAsync()
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var failed = await scope.ServiceProvider.GetRequiredService<ChatOpsDbContext>().Inbox.Where(r => r.Error != null).Select(r => r.Error).ToListAsync();
        Assert.Empty(failed);
    }

    private static JsonObject? Find(JsonNode? node, string title) => node switch
    {
        JsonObject o when ((string?)o["type"])?.StartsWith("Action.", StringComparison.Ordinal) == true && (string?)o["title"] == title => o,
        JsonObject o => o.Select(p => Find(p.Value, title)).FirstOrDefault(f => f is not null),
        JsonArray a => a.Select(n => Find(n, title)).FirstOrDefault(f => f is not null),
        _ => null,
    };
}
