using System.Text.Json.Nodes;
using ChatOps.Bot.Slack;
using ChatOps.Bot.Slack.Api;
using ChatOps.Bot.Slack.BlockKit;
using ChatOps.Bot.Tests.BadInput;
using ChatOps.Bot.Tests.Support;
using ChatOps.Core.Messaging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChatOps.Bot.Tests.Slack.BlockKit;

/// <summary>
/// The second guard behind the engine refusing role targets that name nobody: whatever handle reaches a Slack message
/// (from a runbook, or stored before the engine refused such targets), a user id becomes a mention and anything else is
/// inert text, with no ping, link, markup, bidi or control character left in it.
/// </summary>
public sealed class SlackPersonTextTests : IDisposable
{
    private readonly HttpClient _http = new();
    private readonly SlackMessages _messages;

    public SlackPersonTextTests()
    {
        var api = new SlackApiClient(_http, new SlackApiOptions { BotToken = "xoxb-test-token", ApiBaseUrl = new Uri("http://127.0.0.1:9/api/") },
            TimeProvider.System, UnexportedMetrics.ChatApi(), NullLogger<SlackApiClient>.Instance);
        _messages = new SlackMessages(new SlackPeople(api, Options.Create(new SlackOptions()), TimeProvider.System, NullLogger<SlackPeople>.Instance));
    }

    public static TheoryData<string> Cases => OddPeople.Names;

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_mentioned_handle_that_names_nobody_is_inert_text_in_the_text_and_the_blocks(string name)
    {
        var odd = OddPeople.Named(name);
        var card = new Card("INC-2026-001: Checkout is down", [], [], null, []);

        var (text, _) = _messages.Render(new ChatMessage("U0EDGE0001 made them comms.", null, [odd.Typed]));
        var (_, blocks) = _messages.Render(new ChatMessage("U0EDGE0001 made them comms.", card, [odd.Typed]));

        var lead = (string)blocks![0]!["text"]!["text"]!;
        foreach (var shown in new[] { text, lead })
        {
            Assert.StartsWith("@", shown);
            Assert.DoesNotMatch("<(?!@U0EDGE0001>)", shown);
            foreach (var piece in odd.Shows) Assert.DoesNotContain(piece, shown, StringComparison.Ordinal);
            Assert.DoesNotContain(shown, c => char.IsControl(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format);
        }
    }

    [Fact]
    public void A_user_id_is_a_mention_and_the_rest_of_a_handle_keeps_its_letters()
    {
        var (text, _) = _messages.Render(new ChatMessage("Paged.", null, ["U0BOB00001", "@josé-ñúñez", "night_owl", "\u202Eevil <!here> *bold*"]));

        Assert.Equal("<@U0BOB00001> @josé-ñúñez @night_owl @evil &lt;!here&gt; bold Paged.", text);
    }

    [Fact]
    public void Person_flattens_lines_and_drops_markers_mrkdwn_cannot_escape()
    {
        Assert.Equal("a b &lt;!channel&gt; code", SlackText.Person("a\nb\u2028 <!channel> `code`"));
        Assert.Equal("oncall-engineer", SlackText.Person("oncall-engineer"));
    }

    public void Dispose() => _http.Dispose();
}
