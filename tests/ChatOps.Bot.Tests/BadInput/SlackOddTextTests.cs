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
/// Odd but valid text (<see cref="SlackOddTexts"/>) is carried out, and everything the bot then sends Slack carries
/// the user's text escaped: no <c>&lt;!channel&gt;</c>, user or link syntax from the user survives as markup, and no
/// invisible or control character gets through. The only markup is the bot's own mentions of the people it invites.
/// </summary>
public sealed partial class SlackOddTextTests(BadRequestScene scene) : IClassFixture<BadRequestScene>
{
    private static readonly HashSet<string> BotMentions = [$"<@{SlackIncidentTest.Alice}>", $"<@{SlackIncidentTest.OnCall}>"];

    public static TheoryData<string> Cases => SlackOddTexts.Names;

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Odd_text_is_carried_out_and_reaches_Slack_escaped(string name)
    {
        var odd = SlackOddTexts.Named(name);
        var (callsBefore, postsBefore) = (scene.Slack.Calls.Count, scene.Slack.ResponsePosts.Count);

        var response = await scene.Driver.SlashAsync(SlackIncidentTest.Alice, odd.InIncident ? scene.IncidentChannel : SlackIncidentTest.General, odd.Command);
        await scene.Host.SettledAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sent = scene.Slack.Calls.Skip(callsBefore).ToList();
        var replies = scene.Slack.ResponsePosts.Skip(postsBefore).Select(p => StateSnapshot.Readable(p.Body)).ToList();
        Assert.DoesNotContain(replies, r => r.Contains(":warning:", StringComparison.Ordinal));
        Assert.Contains(sent, c => c.Method is "chat.postMessage" or "chat.update");
        Assert.DoesNotContain(sent, c => c.Arg("link_names") is "1" or "true" || c.Arg("parse") == "full");
        foreach (var text in sent.SelectMany(c => c.Args.Values).Concat(scene.Slack.ResponsePosts.Skip(postsBefore).Select(p => p.Body)).SelectMany(Parsed))
        {
            foreach (Match markup in Markup().Matches(text)) Assert.Contains(markup.Value, BotMentions);
            Assert.DoesNotContain(text, c => Invisible(c));
        }
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
