using System.Text.RegularExpressions;

namespace ChatOps.Bot.Tests.Support;

/// <summary>Cuts a shell transcript into what followed each typed line, up to the next one.</summary>
public static partial class TranscriptSegments
{
    [GeneratedRegex(@"^\[#[^\]]+\] [^\s>]+> ", RegexOptions.Multiline)]
    private static partial Regex TypedLine();

    /// <summary>What the <paramref name="nth"/> (1-based) typing of <paramref name="typed"/> printed.</summary>
    public static string After(string output, string typed, int nth = 1)
    {
        var matches = TypedLine().Matches(output).Where(m => output.AsSpan(m.Index + m.Length).StartsWith(typed + "\n")).ToList();
        Assert.True(matches.Count >= nth, $"'{typed}' was typed {matches.Count} time(s), not {nth}:\n{output}");
        var start = matches[nth - 1].Index + matches[nth - 1].Length + typed.Length + 1;
        var next = TypedLine().Match(output, start);
        return next.Success ? output[start..next.Index] : output[start..];
    }

    /// <summary>Everything printed before the first typed line (what fired at start-up).</summary>
    public static string Startup(string output)
    {
        var first = TypedLine().Match(output);
        return first.Success ? output[..first.Index] : output;
    }

    public static int Count(string text, string what) => text.Split(what).Length - 1;
}
