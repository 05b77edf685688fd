namespace ChatOps.Bot.Tests.BadInput.Fuzzing;

/// <summary>
/// The fuzzers themselves: a seed and a case rebuild the same request byte for byte (so a failure reproduces), and no
/// mutation ever gives the bot an address off this machine to post to.
/// </summary>
public sealed class FuzzerTests
{
    private const string ServiceUrl = "http://127.0.0.1:1/connector/";
    private static readonly SlackFuzzBases Slack = new(id => new Uri($"http://127.0.0.1:1/response/{id}"));
    private static readonly TeamsFuzzBases Teams = new(ServiceUrl);

    [Fact]
    public void A_seed_and_a_case_rebuild_the_same_request()
    {
        for (var i = 0; i < 300; i++)
        {
            Assert.Equal(SlackCase(7, i).Body, SlackCase(7, i).Body);
            Assert.Equal(TeamsCase(7, i).Body, TeamsCase(7, i).Body);
        }
        Assert.NotEqual(Enumerable.Range(0, 50).Select(i => SlackCase(7, i).Body.Length), Enumerable.Range(0, 50).Select(i => SlackCase(8, i).Body.Length));
    }

    [Fact]
    public void No_mutation_points_the_bot_at_another_machine()
    {
        for (var i = 0; i < 500; i++)
        {
            foreach (var request in new[] { SlackCase(FuzzSeed.Or(SlackFuzzTests.Seed), i), TeamsCase(FuzzSeed.Or(TeamsFuzzTests.Seed), i) })
                Assert.True(FuzzAddresses.OffMachine(request) is null, $"{FuzzAddresses.OffMachine(request)}\n{request.Describe(0)}");
        }
    }

    private static FuzzRequest SlackCase(int seed, int i)
    {
        var mutations = new Mutations(FuzzSeed.ForCase(seed, i), SlackFuzzBases.IsAddress, () => Slack.ResponseUrl(i));
        return mutations.Pick(Slack.All).Build(i, mutations);
    }

    private static FuzzRequest TeamsCase(int seed, int i)
    {
        var mutations = new Mutations(FuzzSeed.ForCase(seed, i), TeamsFuzzBases.IsAddress, () => ServiceUrl);
        return mutations.Pick(Teams.All).Build(i, mutations);
    }
}
