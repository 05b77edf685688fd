using ChatOps.Core.Access;

namespace ChatOps.Core.Tests.Access;

/// <summary>People as text: plain (nothing invisible, one line) wherever shown, and refused where typed when they name nobody.</summary>
public sealed class PeopleTextTests
{
    [Theory]
    [InlineData("\u202Eevil\u202C", "evil")]
    [InlineData("bo\u2066b\u2069 \u200Fx\u200E\u061C", "bob x")]
    [InlineData("zero\u200Bwidth\uFEFF", "zerowidth")]
    [InlineData("one\ntwo\r\nthree\u2028four\tfive", "one two three four five")]
    [InlineData("bell\u0007 esc\u001B[31m", "bell esc[31m")]
    [InlineData("  Bob   Brown ", "Bob Brown")]
    [InlineData("<!channel> *bold*", "<!channel> *bold*")]
    [InlineData("👩‍👩‍👧 family", "👩👩👧 family")]
    public void Plain_drops_control_and_invisible_characters_and_flattens_lines(string person, string plain)
    {
        Assert.Equal(plain, People.Plain(person));
    }

    [Fact]
    public void A_mention_is_plain()
    {
        Assert.Equal("@evil", People.Mention("@\u202Eevil"));
        Assert.Equal("@bob, @a b", People.Mentions(["bob", "a\nb"]));
    }

    [Theory]
    [InlineData("")]
    [InlineData("@")]
    public void Nobody_at_all_is_refused(string typed)
    {
        Assert.Equal("Name a person: name them by @handle, user id, email or runbook handle.", People.Refusal(typed));
    }
}
