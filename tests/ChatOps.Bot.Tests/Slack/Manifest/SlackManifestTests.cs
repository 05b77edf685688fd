using System.Text.Json.Nodes;
using ChatOps.Bot.Slack;
using ChatOps.Bot.Tests.Support;
using ChatOps.Tests.Shared;

namespace ChatOps.Bot.Tests.Slack.Manifest;

/// <summary>The shipped manifests are valid for Slack and ask for exactly what the code uses.</summary>
public sealed class SlackManifestTests
{
    private static readonly PublishedSchema Schema = PublishedSchema.SlackManifest();

    public static TheoryData<string> Manifests => new() { "manifest.json", "manifest.socket-mode.json" };

    [Theory]
    [MemberData(nameof(Manifests))]
    public void The_manifest_is_valid_against_the_published_schema(string file) =>
        Assert.Empty(Schema.Validate(Load(file)));

    [Theory]
    [MemberData(nameof(Manifests))]
    public void The_bot_scopes_are_exactly_those_the_code_needs(string file)
    {
        var scopes = Load(file)["oauth_config"]!["scopes"]!["bot"]!.AsArray().Select(s => s!.GetValue<string>()).ToHashSet();
        Assert.Equal(SlackAppRequirements.BotScopes.Order(), scopes.Order());
    }

    [Theory]
    [MemberData(nameof(Manifests))]
    public void The_events_and_the_command_are_those_the_code_handles(string file)
    {
        var manifest = Load(file);
        var events = manifest["settings"]!["event_subscriptions"]!["bot_events"]!.AsArray().Select(e => e!.GetValue<string>());
        Assert.Equal(SlackAppRequirements.Events.Order(), events.Order());
        var command = Assert.Single(manifest["features"]!["slash_commands"]!.AsArray());
        Assert.Equal(SlackAppRequirements.Command, command!["command"]!.GetValue<string>());
    }

    [Fact]
    public void The_http_manifest_points_at_the_bots_endpoints()
    {
        var manifest = Load("manifest.json");
        Assert.EndsWith("/slack/commands", manifest["features"]!["slash_commands"]![0]!["url"]!.GetValue<string>());
        Assert.EndsWith("/slack/events", manifest["settings"]!["event_subscriptions"]!["request_url"]!.GetValue<string>());
        Assert.EndsWith("/slack/interactions", manifest["settings"]!["interactivity"]!["request_url"]!.GetValue<string>());
        Assert.False(manifest["settings"]!["socket_mode_enabled"]!.GetValue<bool>());
    }

    [Fact]
    public void The_socket_mode_manifest_turns_socket_mode_on_and_needs_no_urls()
    {
        var manifest = Load("manifest.socket-mode.json");
        Assert.True(manifest["settings"]!["socket_mode_enabled"]!.GetValue<bool>());
        Assert.DoesNotContain("https://", manifest.ToJsonString());
    }

    private static JsonNode Load(string file) => JsonNode.Parse(File.ReadAllText(RepoFiles.Path("manifests", "slack", file)))!;
}
