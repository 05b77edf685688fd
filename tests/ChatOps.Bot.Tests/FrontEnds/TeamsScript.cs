using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ChatOps.Bot.Tests.Teams.Fakes;
using ChatOps.Bot.Tests.Teams.Host;
using Microsoft.Extensions.DependencyInjection;

namespace ChatOps.Bot.Tests.FrontEnds;

/// <summary>
/// The script as Teams activities against the fake Bot Connector and Graph: messages that mention the bot,
/// <c>Action.Execute</c> presses on the cards the bot posted, and the update dialog (<c>task/fetch</c>, then
/// <c>task/submit</c>). Each step waits until the bot has carried it out and delivered what it posted.
/// </summary>
public sealed partial class TeamsScript : IFrontEndScript
{
    private static readonly Dictionary<Person, TeamsUser> Users = new()
    {
        [Person.Alice] = TeamsIncidentTest.Alice,
        [Person.OnCall] = TeamsIncidentTest.OnCall,
    };

    private readonly FakeTeamsServer _teams;
    private readonly TeamsBotHost _host;
    private readonly TeamsDriver _driver;
    private FakeTeamsChannel? _channel;

    private TeamsScript(FakeTeamsServer teams, TeamsBotHost host)
    {
        _teams = teams;
        _host = host;
        _driver = new TeamsDriver(host);
    }

    [GeneratedRegex(@"Status update due: [^""\s]+")]
    private static partial Regex ReminderTitle();

    private FakeTeamsChannel Channel => _teams.Channel((_channel ?? throw new InvalidOperationException("Declare first.")).Id);

    /// <summary>The tenant of the Teams whole-incident tests: General, the announce channel, and the runbook's people.</summary>
    public static async Task<TeamsScript> StartAsync()
    {
        var teams = await FakeTeamsServer.StartAsync();
        teams.AddChannel(TeamsIncidentTest.General, "General");
        teams.AddChannel(TeamsIncidentTest.Announce, "Incidents");
        var host = await TeamsBotHost.StartAsync(teams, new Dictionary<string, string?>
        {
            ["Teams:AnnounceChannelId"] = TeamsIncidentTest.Announce,
            ["Teams:People:oncall-engineer"] = TeamsIncidentTest.OnCall.ObjectId,
            ["Teams:People:engineering-lead"] = TeamsIncidentTest.LeadUpn,
            ["Teams:People:cto"] = TeamsIncidentTest.Cto.ObjectId,
            ["Teams:People:head-of-engineering"] = TeamsIncidentTest.Head.ObjectId,
        });
        return new TeamsScript(teams, host);
    }

    public async Task DeclareAsync(Person who, string severity, string title)
    {
        await SayAsync(who, TeamsIncidentTest.General, $"incident declare {severity} {title}");
        _channel = _teams.Channels.Single(c => c.DisplayName.StartsWith("inc-", StringComparison.Ordinal));
    }

    /// <summary>On the incident card, the channel's first post (updated in place).</summary>
    public Task AcknowledgeAsync(Person who) => PressAsync(who, Channel.Messages[0], "Acknowledge");

    public async Task AnswerTriageAsync(Person who, params string[] answers)
    {
        await SayAsync(who, Channel.Id, "incident triage");
        foreach (var answer in answers) await PressAsync(who, Latest(m => Find(m, answer) is not null), answer);
    }

    public async Task UpdateAsync(Person who, string status, string message)
    {
        var reminder = Latest(m => ReminderTitle().IsMatch(m.ToJsonString()));
        var dialog = await SendAsync(_driver.TaskFetch(Users[who], Channel.Id, Action(reminder, "Post update")["data"]!));
        Assert.True((string?)dialog!["task"]!["type"] == "continue", dialog.ToJsonString());
        var form = dialog["task"]!["value"]!["card"]!["content"]!.AsObject();
        var submit = (JsonObject)form["actions"]![0]!["data"]!.DeepClone();
        submit["status"] = status;
        submit["message"] = message;
        var closed = await SendAsync(_driver.TaskSubmit(Users[who], Channel.Id, submit));
        Assert.True((string?)closed!["task"]!["type"] == "message", closed.ToJsonString());
        await HostSettling.SettleAsync(_host);
    }

    public Task EscalateAsync(Person who, string reason) => SayAsync(who, Channel.Id, $"incident escalate {reason}");

    public Task NoteAsync(Person who, string text) => SayAsync(who, Channel.Id, $"incident note {text}");

    public Task ResolveAsync(Person who, string summary) => SayAsync(who, Channel.Id, $"incident resolve {summary}");

    public Task CloseAsync(Person who) => SayAsync(who, Channel.Id, "incident close");

    public Task AdvanceAsync(TimeSpan step) => HostSettling.AdvanceAsync(_host, step);

    public async Task<IncidentOutcome> ReadOutcomeAsync()
    {
        await HostSettling.SettleAsync(_host);
        var reader = new OutcomeReader(Users.ToDictionary(p => p.Value.ObjectId, p => p.Key), Users.ToDictionary(p => p.Value.Name, p => p.Key));
        await using var scope = _host.Services.CreateAsyncScope();
        return await reader.ReadAsync(scope.ServiceProvider, _host.PostMortemFolder, RemindersPosted(reader));
    }

    public async ValueTask DisposeAsync()
    {
        await _host.DisposeAsync();
        await _teams.DisposeAsync();
    }

    /// <summary>Each reminder posted in the incident channel, with whom it mentions.</summary>
    private List<string> RemindersPosted(OutcomeReader reader) =>
        Channel.Messages.Where(m => ReminderTitle().IsMatch(m.ToJsonString()))
            .Select(m => $"{ReminderTitle().Match(m.ToJsonString()).Value} -> {string.Join(", ", (m["entities"] as JsonArray ?? []).Select(e => reader.Name((string?)e!["mentioned"]?["id"])))}")
            .ToList();

    private async Task SayAsync(Person who, string channel, string text)
    {
        await SendAsync(_driver.ChannelMessage(Users[who], channel, text));
        await HostSettling.SettleAsync(_host);
    }

    /// <summary>An <c>Action.Execute</c> press; Teams answers it with the refreshed card, a refusal with a message.</summary>
    private async Task PressAsync(Person who, JsonObject message, string title)
    {
        var answer = await SendAsync(_driver.Execute(Users[who], Channel.Id, Action(message, title), (string)message["id"]!));
        Assert.True((string?)answer!["type"] == FakeTeamsServer.AdaptiveCardType, answer.ToJsonString());
        await HostSettling.SettleAsync(_host);
    }

    private async Task<JsonNode?> SendAsync(JsonObject activity)
    {
        using var response = await _host.PostActivityAsync(activity);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {body}");
        return body.Length > 0 ? JsonNode.Parse(body) : null;
    }

    private JsonObject Latest(Func<JsonObject, bool> match) =>
        Channel.Messages.LastOrDefault(match) ?? throw new InvalidOperationException($"No such message in {Channel.DisplayName}: {string.Join(" | ", Channel.Messages.Select(m => (string?)m["text"] ?? (string?)m["summary"]))}");

    private static JsonObject Action(JsonObject message, string title) =>
        Find(message, title) ?? throw new InvalidOperationException($"No action '{title}' on {message.ToJsonString()}");

    /// <summary>The action with this title anywhere on the message's card.</summary>
    private static JsonObject? Find(JsonNode? node, string title) => node switch
    {
        JsonObject o when ((string?)o["type"])?.StartsWith("Action.", StringComparison.Ordinal) == true && (string?)o["title"] == title => o,
        JsonObject o => o.Select(p => Find(p.Value, title)).FirstOrDefault(f => f is not null),
        JsonArray a => a.Select(n => Find(n, title)).FirstOrDefault(f => f is not null),
        _ => null,
    };
}
