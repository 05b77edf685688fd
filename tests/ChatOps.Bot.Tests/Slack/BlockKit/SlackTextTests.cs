using ChatOps.Bot.Slack.BlockKit;

namespace ChatOps.Bot.Tests.Slack.BlockKit;

public class SlackTextTests
{
    private const string Emoji = "🔥👍🏽👨‍👩‍👧‍👦🚨 a😀b 🇩🇪🇫🇷 ok🙂";

    [Fact]
    public void Escape_turns_the_three_control_characters_into_entities_ampersand_first()
    {
        Assert.Equal("&lt;!channel&gt; &amp; &lt;@U123&gt; hi", SlackText.Escape("<!channel> & <@U123> hi"));
        Assert.Equal("&amp;amp;", SlackText.Escape("&amp;"));
        Assert.Equal("*bold* plain", SlackText.Escape("*bold* plain"));
    }

    [Fact]
    public void Short_text_is_left_alone()
    {
        Assert.Equal("hello", SlackText.Truncate("hello", 5));
        Assert.Equal("", SlackText.Truncate("", 0));
    }

    [Fact]
    public void Truncation_is_visible_and_within_the_limit()
    {
        var cut = SlackText.Truncate(new string('x', 200), 150);

        Assert.Equal(150, cut.Length);
        Assert.EndsWith("…", cut);
        Assert.StartsWith(new string('x', 149), cut);
    }

    [Fact]
    public void Truncation_never_splits_a_surrogate_pair_at_any_length()
    {
        var text = string.Concat(Enumerable.Repeat(Emoji, 5));
        for (var max = 1; max < text.Length; max++)
        {
            var cut = SlackText.Truncate(text, max);

            Assert.InRange(cut.Length, 1, max);
            Assert.EndsWith("…", cut);
            BlockKitLint.AssertWellFormed(cut);
            Assert.StartsWith(cut[..^1], text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Truncation_keeps_emoji_sequences_whole()
    {
        var family = "👨‍👩‍👧‍👦";
        var text = "ab" + family + family;

        Assert.Equal("ab" + family + "…", SlackText.Truncate(text, 2 + family.Length + 1));
        Assert.Equal("ab…", SlackText.Truncate(text, 2 + family.Length));
    }

    [Fact]
    public void A_giant_combining_cluster_still_keeps_most_of_the_room()
    {
        var zalgo = "Z" + new string('\u0301', 500);

        var cut = SlackText.Truncate(zalgo, 100);

        Assert.Equal(100, cut.Length);
        Assert.EndsWith("…", cut);
    }

    [Fact]
    public void Escaped_truncation_never_leaves_half_an_entity()
    {
        var text = string.Concat(Enumerable.Repeat("a&<b>🔥", 40));
        for (var max = 1; max < SlackText.Escape(text).Length; max++)
        {
            var cut = SlackText.EscapeAndTruncate(text, max);

            Assert.InRange(cut.Length, 0, max);
            BlockKitLint.AssertEscaped(cut);
            BlockKitLint.AssertWellFormed(cut);
        }
    }

    [Fact]
    public void Escaped_text_that_fits_is_returned_whole()
    {
        Assert.Equal("a &amp; b", SlackText.EscapeAndTruncate("a & b", 9));
    }
}
