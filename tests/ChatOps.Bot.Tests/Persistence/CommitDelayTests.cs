using ChatOps.Bot.Persistence;

namespace ChatOps.Bot.Tests.Persistence;

/// <summary>
/// The group commit's commit delay (PostgreSQL's commit_delay and commit_siblings): a batch waits a moment for more
/// intents only while enough other requests are being handled to want the next commit; a lone request, or a batch
/// that holds everyone being handled, commits at once.
/// </summary>
public class CommitDelayTests
{
    [Theory]
    [InlineData(1, 1, false)] // one person, one request: no waiting
    [InlineData(8, 1, false)] // seven others: too few to be worth a wait
    [InlineData(9, 1, true)]  // eight others being handled will want a commit in a moment
    [InlineData(200, 150, true)] // fifty others still want it
    [InlineData(200, 195, false)] // all but five are in the batch
    [InlineData(600, InboxGroupCommit.MaxBatch, false)] // a full batch never waits
    public void A_batch_waits_only_while_enough_others_are_being_handled(int handled, int waiting, bool gathers)
    {
        Assert.Equal(gathers, InboxGroupCommit.Gathers(handled, waiting));
    }
}
