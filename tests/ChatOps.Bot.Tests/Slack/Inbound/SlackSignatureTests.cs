using System.Text;
using System.Text.Json;
using ChatOps.Bot.Slack.Inbound;
using ChatOps.Tests.Shared;

namespace ChatOps.Bot.Tests.Slack.Inbound;

/// <summary>The documented signing example from shared/reference/slack/signing.json, and its negative cases.</summary>
public sealed class SlackSignatureTests
{
    private static readonly JsonElement Vector = JsonDocument.Parse(File.ReadAllText(RepoFiles.Reference("slack", "signing.json"))).RootElement.GetProperty("vectors")[0];
    private static readonly string Secret = Vector.GetProperty("signing_secret").GetString()!;
    private static readonly string Timestamp = Vector.GetProperty("timestamp").GetString()!;
    private static readonly byte[] Body = Encoding.UTF8.GetBytes(Vector.GetProperty("body").GetString()!);
    private static readonly string Expected = Vector.GetProperty("expected_signature").GetString()!;
    private static readonly DateTimeOffset SentAt = DateTimeOffset.FromUnixTimeSeconds(Vector.GetProperty("clock_for_fresh_check_unix").GetInt64());

    private static SlackSignature At(DateTimeOffset now) => new(Secret, new FakeTimeProvider(now));

    [Fact]
    public void The_documented_example_signs_to_the_documented_signature() =>
        Assert.Equal(Expected, At(SentAt).Sign(Timestamp, Body));

    [Fact]
    public void The_documented_request_is_valid_at_its_own_time() =>
        Assert.True(At(SentAt).IsValid(Timestamp, Expected, Body));

    [Fact]
    public void The_body_file_in_the_reference_folder_is_the_signed_body()
    {
        var file = File.ReadAllBytes(RepoFiles.Reference("slack", Vector.GetProperty("body_file").GetString()!));
        Assert.True(At(SentAt).IsValid(Timestamp, Expected, file.AsSpan().TrimEnd("\n"u8)));
    }

    [Fact]
    public void A_changed_body_is_refused() =>
        Assert.False(At(SentAt).IsValid(Timestamp, Expected, [.. Body, .. "------"u8]));

    [Theory]
    [InlineData(301)]
    [InlineData(-301)]
    [InlineData(600)]
    public void A_timestamp_more_than_five_minutes_away_is_refused(int secondsLater) =>
        Assert.False(At(SentAt.AddSeconds(secondsLater)).IsValid(Timestamp, Expected, Body));

    [Fact]
    public void A_timestamp_within_five_minutes_is_accepted() =>
        Assert.True(At(SentAt.AddSeconds(299)).IsValid(Timestamp, Expected, Body));

    [Theory]
    [InlineData(null, "sig")]
    [InlineData("1531420618", null)]
    [InlineData("1531420618", "v0=invalid-signature")]
    [InlineData("not-a-number", "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503")]
    [InlineData("1531420618", "v1=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503")]
    public void Missing_or_malformed_headers_are_refused(string? timestamp, string? signature) =>
        Assert.False(At(SentAt).IsValid(timestamp, signature, Body));

    [Fact]
    public void Without_a_signing_secret_nothing_is_valid() =>
        Assert.False(new SlackSignature("", new FakeTimeProvider(SentAt)).IsValid(Timestamp, Expected, Body));
}
