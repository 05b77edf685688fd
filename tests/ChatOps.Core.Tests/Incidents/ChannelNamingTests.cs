using ChatOps.Core.Incidents;
using ChatOps.Core.Runbooks;

namespace ChatOps.Core.Tests.Incidents;

public class ChannelNamingTests
{
    private static readonly ChannelPolicy Default = new("inc-{year}-{seq}-{slug}", 30, "incidents");

    [Theory]
    [InlineData("Checkout is DOWN", "checkout-is-down")]
    [InlineData("API: 500s on /v1/orders!!", "api-500s-on-v1-orders")]
    [InlineData("Café crème — naïve façade", "cafe-creme-naive-facade")]
    [InlineData("  --Leading and trailing--  ", "leading-and-trailing")]
    [InlineData("Payments 💥 failing", "payments-failing")]
    [InlineData("数据库 down", "down")]
    public void Slugs_are_lowercase_ascii_words_joined_by_single_dashes(string title, string slug)
    {
        Assert.Equal(slug, ChannelNamer.Slug(title, 30));
    }

    [Theory]
    [InlineData("")]
    [InlineData("!!!")]
    [InlineData("日本語")]
    public void A_title_with_nothing_sluggable_becomes_incident(string title)
    {
        Assert.Equal("incident", ChannelNamer.Slug(title, 30));
    }

    [Fact]
    public void Long_titles_are_cut_at_a_word_boundary_within_the_slug_length()
    {
        var slug = ChannelNamer.Slug("Database connection pool exhausted on the primary cluster", 30);

        Assert.Equal("database-connection-pool", slug);
    }

    [Fact]
    public void A_single_long_word_is_cut_hard_at_the_slug_length()
    {
        var slug = ChannelNamer.Slug(new string('x', 50), 30);

        Assert.Equal(new string('x', 30), slug);
    }

    [Fact]
    public void Names_follow_the_runbook_pattern()
    {
        var name = ChannelNamer.Name(Default, 2026, 7, "P1", "Checkout is down");

        Assert.Equal("inc-2026-007-checkout-is-down", name);
    }

    [Fact]
    public void Pattern_placeholders_for_number_and_severity_are_lowercased()
    {
        var name = ChannelNamer.Name(new ChannelPolicy("{number}_{severity} {slug}", 30, "incidents"), 2026, 12, "P0", "Login fails");

        Assert.Equal("inc-2026-012-p0-login-fails", name);
    }

    [Fact]
    public void Names_are_capped_at_80_characters_without_a_trailing_dash()
    {
        var policy = new ChannelPolicy("inc-{year}-{seq}-{slug}", 200, "incidents");
        var title = string.Join(' ', Enumerable.Repeat("outage", 30));

        var name = ChannelNamer.Name(policy, 2026, 1, "P0", title);

        Assert.True(name.Length <= ChannelNamer.MaxLength, $"{name.Length} characters");
        Assert.StartsWith("inc-2026-001-outage-outage", name);
        Assert.DoesNotMatch("-$", name);
        Assert.Matches("^[a-z0-9-]+$", name);
    }
}
