using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ChatOps.Bot.Slack.Inbound;
using ChatOps.Bot.Tests.Slack.Fakes;
using ChatOps.Bot.Tests.Slack.Host;
using Microsoft.Extensions.DependencyInjection;

namespace ChatOps.Bot.Tests.FrontEnds;

/// <summary>
/// The script over signed HTTP against the fake Slack: <c>/incident</c> slash commands, presses of the buttons on the
/// messages the bot posted, and the update modal the bot opened, submitted. Each step waits until the bot has carried
/// it out and delivered what it posted.
/// </summary>
public sealed partial class SlackScript : IFrontEndScript
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);

    private static readonly Dictionary<Person, string> Ids = new()
    {
        [Person.Alice] = SlackIncidentTest.Alice,
        [Person.OnCall] = SlackIncidentTest.OnCall,
    };

    /// <summary>The workspace's names for them, which the post-mortem shows.</summary>
    private static readonly Dictionary<string, Person> Names = new()
    {
        ["Alice Adams"] = Person.Alice,
        ["Olive Oncall"] = Person.OnCall,
        ["Lee Lead"] = Person.Lead,
    };

    private readonly FakeSlackServer _slack;
    private readonly SlackBotHost _host;
    private readonly SlackDriver _driver;
    private FakeChannel? _channel;

    private SlackScript(FakeSlackServer slack, SlackBotHost host)
    {
        _slack = slack;
        _host = host;
        _driver = new SlackDriver(host, slack);
    }

    [GeneratedRegex(@"Status update due: \S+")]
    private static partial Regex ReminderTitle();

    [GeneratedRegex(@"<@(\w+)>")]
    private static partial Regex Mention();

    private FakeChannel Channel => _channel ?? throw new InvalidOperationException("Declare first.");

    public static async Task<SlackScript> StartAsync()
    {
        var slack = await SlackIncidentTest.StartWorkspaceAsync();
        slack.AddUser(SlackIncidentTest.Alice, "alice", "Alice Adams");
        slack.AddUser(SlackIncidentTest.OnCall, "oncall", "Olive Oncall");
        slack.AddUser(SlackIncidentTest.Lead, "lead", "Lee Lead");
        return new SlackScript(slack, await SlackBotHost.StartAsync(slack.BaseUrl.ToString(), extra: SlackIncidentTest.BotSettings()));
    }

    public async Task DeclareAsync(Person who, string severity, string title)
    {
        await SlashAsync(who, SlackIncidentTest.General, $"declare {severity} {title}");
        _channel = _slack.Channels.Single(c => c.Name.StartsWith("inc-", StringComparison.Ordinal));
    }

    /// <summary>On the incident card, the first message in the channel (pinned, and updated in place).</summary>
    public Task AcknowledgeAsync(Person who) => PressAsync(who, Channel.Messages[0], "Acknowledge");

    public async Task AnswerTriageAsync(Person who, params string[] answers)
    {
        await SlashAsync(who, Channel.Id, "triage");
        foreach (var answer in answers) await PressAsync(who, Latest(m => Button(m, answer) is not null), answer);
    }

    public async Task UpdateAsync(Person who, string status, string message)
    {
        var reminder = Latest(m => ReminderTitle().IsMatch(m.ToJsonString()));
        var press = _driver.Press(Ids[who], Channel.Id, ActionId(reminder, "Post update"), Value(reminder, "Post update"));
        await OkAsync(await _host.PostFormAsync(SlackEndpoints.Interactions, SlackDriver.Interaction(press)));
        var opened = await _slack.WaitForCallAsync("views.open", c => c.Arg("trigger_id") == (string?)press["trigger_id"], Wait);
        var view = JsonNode.Parse(opened.Arg("view")!)!.AsObject();
        // An empty answer closes the modal; field errors would come back instead.
        Assert.Equal("", await OkAsync(await _driver.SubmitAsync(Ids[who], view, new() { ["status"] = status, ["message"] = message })));
        await HostSettling.SettleAsync(_host);
    }

    public Task EscalateAsync(Person who, string reason) => SlashAsync(who, Channel.Id, $"escalate {reason}");

    public Task NoteAsync(Person who, string text) => SlashAsync(who, Channel.Id, $"note {text}");

    public Task ResolveAsync(Person who, string summary) => SlashAsync(who, Channel.Id, $"resolve {summary}");

    public Task CloseAsync(Person who) => SlashAsync(who, Channel.Id, "close");

    public Task AdvanceAsync(TimeSpan step) => HostSettling.AdvanceAsync(_host, step);

    public async Task<IncidentOutcome> ReadOutcomeAsync()
    {
        await HostSettling.SettleAsync(_host);
        var reader = new OutcomeReader(Ids.ToDictionary(p => p.Value, p => p.Key), Names);
        await using var scope = _host.Services.CreateAsyncScope();
        return await reader.ReadAsync(scope.ServiceProvider, _host.PostMortemFolder, RemindersPosted(reader));
    }

    public async ValueTask DisposeAsync()
    {
        await _host.DisposeAsync();
        await _slack.DisposeAsync();
    }

    /// <summary>Each reminder posted in the incident channel, with whom its text mentions.</summary>
    private List<string> RemindersPosted(OutcomeReader reader) =>
        Channel.Messages.Select(m => (string?)m["text"] ?? "")
            .Where(text => ReminderTitle().IsMatch(text))
            .Select(text => $"{ReminderTitle().Match(text).Value} -> {string.Join(", ", Mention().Matches(text).Select(m => reader.Name(m.Groups[1].Value)))}")
            .ToList();

    private async Task SlashAsync(Person who, string channel, string text)
    {
        await OkAsync(await _driver.SlashAsync(Ids[who], channel, text));
        await HostSettling.SettleAsync(_host);
    }

    private async Task PressAsync(Person who, JsonObject message, string label)
    {
        await OkAsync(await _driver.PressAsync(Ids[who], Channel.Id, ActionId(message, label), Value(message, label)));
        await HostSettling.SettleAsync(_host);
    }

    private JsonObject Latest(Func<JsonObject, bool> match) =>
        Channel.Messages.LastOrDefault(match) ?? throw new InvalidOperationException($"No such message in #{Channel.Name}: {string.Join(" | ", Channel.Messages.Select(m => (string?)m["text"]))}");

    private static string ActionId(JsonObject message, string label) => (string)RequireButton(message, label)["action_id"]!;

    private static string Value(JsonObject message, string label) => (string)RequireButton(message, label)["value"]!;

    private static JsonNode RequireButton(JsonObject message, string label) =>
        Button(message, label) ?? throw new InvalidOperationException($"No button '{label}' on {message.ToJsonString()}");

    private static JsonNode? Button(JsonObject message, string label) =>
        (message["blocks"] as JsonArray ?? [])
            .Where(b => (string?)b!["type"] == "actions")
            .SelectMany(b => b!["elements"]!.AsArray())
            .FirstOrDefault(e => (string?)e!["text"]?["text"] == label);

    private static async Task<string> OkAsync(HttpResponseMessage answer)
    {
        using var response = answer;
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {body}");
        return body;
    }
}
