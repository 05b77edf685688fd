using ChatOps.Bot.Tests.Support;

namespace ChatOps.Bot.Tests.Logging;

/// <summary>The shell is a conversation, not a service: JSON log settings leave its transcript plain.</summary>
public sealed class ShellLogTests : ShellTest
{
    [Fact]
    public async Task Json_logging_leaves_the_shell_transcript_plain()
    {
        Shell.Settings["Logging:Console:FormatterName"] = "json";

        var run = await Shell.RunScriptAsync("alice", "/incident declare P1 Checkout is slow");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("alice> /incident declare P1 Checkout is slow", run.Output);
        Assert.DoesNotContain("{\"", run.Output);
    }
}
