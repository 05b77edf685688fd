using ChatOps.Bot.Slack;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChatOps.Bot.Tests.Slack.Api;

/// <summary>
/// Naming people for the post-mortem while Slack is failing: after one lookup Slack could not answer, the others do not
/// each wait for Slack too; they are named as stored until Slack has had a minute, then looked up again.
/// </summary>
public sealed class SlackDirectoryOutageTests : SlackApiTest
{
    [Fact]
    public async Task One_failed_lookup_pauses_the_others_for_a_minute_and_then_names_are_looked_up_again()
    {
        Slack.AddUser("U0BOB00001", "bob", "Bob Brown");
        var api = CreateClient(postInterval: TimeSpan.Zero, maxRetries: 0);
        var directory = new SlackDirectory(api, new SlackPeople(api, Options.Create(new SlackOptions()), Time, NullLogger<SlackPeople>.Instance),
            Time, NullLogger<SlackDirectory>.Instance);
        Slack.FailNext("users.info", 500);

        var first = await directory.FindAsync("U0ALICE001", None);
        var during = await directory.FindAsync("U0BOB00001", None);

        Assert.Equal("U0ALICE001", first.Name);
        Assert.Equal("U0BOB00001", during.Name);
        Assert.Equal(1, CallCount("users.info"));

        Time.Advance(SlackDirectory.OutageBackoff + TimeSpan.FromSeconds(1));
        var after = await directory.FindAsync("U0BOB00001", None);

        Assert.Equal("Bob Brown", after.Name);
        Assert.Equal(2, CallCount("users.info"));
    }

    [Fact]
    public async Task A_user_Slack_does_not_know_pauses_nothing()
    {
        Slack.AddUser("U0BOB00001", "bob", "Bob Brown");
        var api = CreateClient(postInterval: TimeSpan.Zero, maxRetries: 0);
        var directory = new SlackDirectory(api, new SlackPeople(api, Options.Create(new SlackOptions()), Time, NullLogger<SlackPeople>.Instance),
            Time, NullLogger<SlackDirectory>.Instance);

        await directory.FindAsync("U0NOBODY01", None);
        var bob = await directory.FindAsync("U0BOB00001", None);

        Assert.Equal("Bob Brown", bob.Name);
    }
}
