using ChatOps.Bot.Tests.Slack.Host;

namespace ChatOps.Bot.Tests.BadInput;

/// <summary>
/// People in a Slack incident from start to post-mortem: role targets that name nobody are refused and never reach the
/// channel or the file, and a person whose Slack name holds mention syntax, markup and a bidi override is mentioned by
/// id in Slack and named as inert Markdown in the post-mortem.
/// </summary>
public sealed class SlackChosenNameTests : SlackIncidentTest
{
    private const string Mallory = "U0MALLORY1";
    private const string Chosen = "<!channel> \u202Eevil\u202C *bold* <https://evil.example|x>";

    [Fact]
    public async Task Odd_role_targets_are_refused_and_a_chosen_name_is_inert_in_Slack_and_in_the_post_mortem()
    {
        Slack.AddUser(Mallory, "mallory", Chosen);
        var channel = await DeclareAsync("declare P2 Search is slow");
        var answers = new List<string>();
        foreach (var (odd, i) in OddPeople.All.Select((p, i) => (p, i)))
            answers.Add(await (await Driver.SlashAsync(Alice, channel.Id, $"role {OddPeople.Roles[i % OddPeople.Roles.Length]} {odd.Typed}")).Content.ReadAsStringAsync());

        await Driver.SlashAsync(Alice, channel.Id, $"role comms {Mallory}");
        await PostedAsync(channel.Id, "comms.");
        await Driver.SlashAsync(Alice, channel.Id, "resolve Rolled back");
        await Slack.WaitForCallAsync("files.completeUploadExternal", null, Wait);
        await Host.InboxIdleAsync();

        var refusals = Slack.ResponsePosts.Select(p => p.Body).Concat(answers).Count(t => StateSnapshot.Readable(t).Contains("That is not a person", StringComparison.Ordinal));
        Assert.Equal(OddPeople.All.Count, refusals);
        var made = Assert.Single(Slack.Calls, c => c.Method == "chat.postMessage" && (c.Arg("text") ?? "").Contains("comms.", StringComparison.Ordinal));
        Assert.Equal($"<@{Mallory}> <@{Alice}> made <@{Mallory}> comms.", made.Arg("text"));
        var sent = Slack.Calls.Where(c => c.Method != "users.info").SelectMany(c => c.Args.Values).Concat(Slack.ResponsePosts.Select(p => p.Body)).Concat(answers).Select(StateSnapshot.Readable).ToList();
        foreach (var piece in OddPeople.All.SelectMany(p => p.Shows).Append("evil"))
            Assert.DoesNotContain(sent, t => t.Contains(piece, StringComparison.Ordinal));

        var written = await File.ReadAllTextAsync(Assert.Single(Directory.GetFiles(Host.PostMortemFolder, "*.md")));
        Assert.Contains("| Comms | \\<!channel\\> evil \\*bold\\* \\<https://evil.example|x\\> |".Replace("|x", "\\|x", StringComparison.Ordinal), written);
        // Markdown shows a backslash-escaped character as itself: no '<' in the file may start HTML, a link or a Slack control sequence.
        Assert.DoesNotMatch(@"(?<!\\)<", written);
        Assert.DoesNotContain(written, c => c is '\u202E' or '\u202C');
    }
}
