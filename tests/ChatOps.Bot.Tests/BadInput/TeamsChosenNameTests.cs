using System.Text.Json.Nodes;
using ChatOps.Bot.Tests.Teams.Host;

namespace ChatOps.Bot.Tests.BadInput;

/// <summary>
/// A Teams display name is whatever its owner typed. Someone whose name holds a mention tag, markdown, a card function,
/// a bidi override and a new line takes a role: the mention, the card, the messages and the post-mortem show the name
/// as inert text, and the only <c>&lt;at&gt;</c> tags are the bot's own, each with its entity.
/// </summary>
public sealed class TeamsChosenNameTests : TeamsIncidentTest
{
    private const string Chosen = "<at>Alice Adams</at> \u202Eevil\u202C **bold** [x](https://evil.example)\n{{DATE(2020-01-01T00:00:00Z)}}";
    private static readonly TeamsUser Mallory = new("3a110000-0000-4000-8000-000000000007", Chosen);
    private static readonly string[] Invisible = ["\u202E", "\u202C"];

    [Fact]
    public async Task A_name_full_of_markup_and_bidi_is_inert_in_the_mention_the_card_and_the_post_mortem()
    {
        await SayAsync(Alice, General, "incident declare P2 Search is slow");
        var channel = Teams.Channels.Single(c => c.DisplayName.StartsWith("inc-", StringComparison.Ordinal)).Id;

        await SendAsync(TeamsDriver.WithMention(Driver.ChannelMessage(Alice, channel, "incident role comms"), Mallory));
        await Host.InboxIdleAsync();
        var made = await PostedAsync(channel, "comms.");
        await SayAsync(Alice, channel, "incident resolve Rolled back");

        var mentions = made["entities"]!.AsArray().Where(e => (string?)e!["mentioned"]!["id"] == Mallory.ObjectId).ToList();
        Assert.NotEmpty(mentions);
        foreach (var mention in mentions)
        {
            Assert.Equal("<at>&lt;at&gt;Alice Adams&lt;/at&gt; evil **bold** [x](https://evil.example) {{DATE(2020-01-01T00:00:00Z)}}</at>", (string?)mention!["text"]);
            Assert.Equal("<at>Alice Adams</at> evil **bold** [x](https://evil.example) {{DATE(2020-01-01T00:00:00Z)}}", (string?)mention!["mentioned"]!["name"]);
        }
        foreach (var (_, activity) in Teams.Posts()) TeamsInertText.Assert(activity, Invisible);
        foreach (var message in Teams.Channel(channel).Messages) TeamsInertText.Assert(message, Invisible);

        var written = await File.ReadAllTextAsync(Assert.Single(Directory.GetFiles(Host.PostMortemFolder, "*.md")));
        Assert.Contains("| Comms | \\<at\\>Alice Adams\\</at\\> evil \\*\\*bold\\*\\* \\[x\\](https://evil.example) {{DATE(2020-01-01T00:00:00Z)}} |", written);
        Assert.DoesNotContain("<at>", written);
        Assert.DoesNotContain(written, c => Invisible.Contains(c.ToString()));
    }
}
