using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ChatOps.Bot.Tests.Slack.Host;
using ChatOps.Core.Ports;
using Microsoft.Extensions.DependencyInjection;

namespace ChatOps.Bot.Tests.BadInput;

/// <summary>
/// Odd text (<see cref="SlackOddTexts"/>) is carried out, or refused when it names a person who is none, and everything
/// the bot then sends Slack (posts, ephemeral messages, response_url bodies, the HTTP answer) carries the user's text
/// escaped: no <c>&lt;!channel&gt;</c>, user or link syntax from the user survives as markup, and no invisible or control
/// character gets through. The only markup is the bot's own mentions of the people it invites or was told to name.
/// </summary>
public sealed partial class SlackOddTextTests(BadRequestScene scene) : IClassFixture<BadRequestScene>
{
    /// <summary>The people the bot invites, and those the corpus makes comms or scribe (later rows see them on the card).</summary>
    private static readonly HashSet<string> BotMentions =
        [$"<@{SlackIncidentTest.Alice}>", $"<@{SlackIncidentTest.OnCall}>", .. SlackOddTexts.All.SelectMany(t => t.Mentions)];

    public static TheoryData<string> Cases => SlackOddTexts.Names;

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Odd_text_is_carried_out_or_refused_and_reaches_Slack_escaped(string name)
    {
        var odd = SlackOddTexts.Named(name);
        var (callsBefore, postsBefore) = (scene.Slack.Calls.Count, scene.Slack.ResponsePosts.Count);

        var response = await scene.Driver.SlashAsync(SlackIncidentTest.Alice, odd.InIncident ? scene.IncidentChannel : SlackIncidentTest.General, odd.Command);
        var answer = await response.Content.ReadAsStringAsync();
        await scene.Host.SettledAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sent = scene.Slack.Calls.Skip(callsBefore).ToList();
        var replies = scene.Slack.ResponsePosts.Skip(postsBefore).Select(p => StateSnapshot.Readable(p.Body)).Append(StateSnapshot.Readable(answer))
            .Concat(sent.Where(c => c.Method == "chat.postEphemeral").Select(c => c.Arg("text") ?? "")).ToList();
        if (odd.Refusal is { } refusal)
        {
            Assert.Contains(replies, r => r.Contains(refusal, StringComparison.Ordinal));
            Assert.DoesNotContain(sent, c => c.Method is "chat.postMessage" or "chat.update" or "conversations.invite");
        }
        else
        {
            Assert.DoesNotContain(replies, r => r.Contains(":warning:", StringComparison.Ordinal));
            Assert.Contains(sent, c => c.Method is "chat.postMessage" or "chat.update");
        }
        Assert.DoesNotContain(sent, c => c.Arg("link_names") is "1" or "true" || c.Arg("parse") == "full");
        var texts = sent.SelectMany(c => c.Args.Values).Concat(scene.Slack.ResponsePosts.Skip(postsBefore).Select(p => p.Body)).Append(answer).ToList();
        foreach (var text in texts.SelectMany(Parsed))
        {
            foreach (Match markup in Markup().Matches(text)) Assert.Contains(markup.Value, BotMentions);
            Assert.DoesNotContain(text, c => Invisible(c));
        }
        foreach (var piece in odd.NeverShown)
            Assert.DoesNotContain(texts, t => t.Contains(piece, StringComparison.Ordinal) || StateSnapshot.Readable(t).Contains(piece, StringComparison.Ordinal));
        if (odd.Title is { } title) Assert.Contains(title, await TitlesAsync());
    }

    [GeneratedRegex("<[^<>]*>")]
    private static partial Regex Markup();

    /// <summary>
    /// The texts Slack parses for markup: plain arguments, and every string in JSON ones except <c>plain_text</c>
    /// objects, which Slack shows as typed.
    /// </summary>
    private static IEnumerable<string> Parsed(string value)
    {
        JsonNode? json;
        try
        {
            json = value.TrimStart().StartsWith('{') || value.TrimStart().StartsWith('[') ? JsonNode.Parse(value) : null;
        }
        catch (JsonException)
        {
            json = null;
        }
        return json is null ? [value] : Strings(json);
    }

    private static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonObject o when (string?)o["type"] == "plain_text" => [],
        JsonObject o => o.SelectMany(p => Strings(p.Value)),
        JsonArray a => a.SelectMany(Strings),
        JsonValue v when v.TryGetValue<string>(out var s) => [s],
        _ => [],
    };

    private static bool Invisible(char c) =>
        (char.IsControl(c) && c != '\n') || char.GetUnicodeCategory(c) == UnicodeCategory.Format;

    private async Task<IReadOnlyList<string>> TitlesAsync()
    {
        await using var scope = scene.Host.Services.CreateAsyncScope();
        return [.. (await scope.ServiceProvider.GetRequiredService<IIncidentStore>().ListAsync(includeEnded: true, CancellationToken.None)).Select(i => i.Title)];
    }
}
