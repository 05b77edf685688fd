using System.Text.Json.Nodes;
using ChatOps.Bot.Tests.Support;
using ChatOps.Tests.Shared;

namespace ChatOps.Bot.Tests.Slack.Manifest;

/// <summary>The schema validator is itself checked on Slack's published valid and invalid example manifests.</summary>
public sealed class ManifestSchemaValidatorTests
{
    private static readonly PublishedSchema Validator = PublishedSchema.SlackManifest();

    [Theory]
    [InlineData("examples-v1-manifest.valid.json")]
    [InlineData("examples-v2-manifest.valid.json")]
    public void Slack_valid_examples_pass(string file) =>
        Assert.Empty(Validator.Validate(Load(file)));

    [Theory]
    [InlineData("examples-v1-manifest.invalid.json")]
    [InlineData("examples-v2-manifest.invalid.json")]
    public void Slack_invalid_examples_fail(string file) =>
        Assert.NotEmpty(Validator.Validate(Load(file)));

    private static JsonNode? Load(string file) => JsonNode.Parse(File.ReadAllText(RepoFiles.Reference("slack", "app-manifest", file)));
}
