using System.IO.Compression;
using System.Text.Json.Nodes;
using ChatOps.Bot.Host;
using ChatOps.Bot.Teams.Package;
using ChatOps.Bot.Tests.Support;
using ChatOps.Core.Commands;
using ChatOps.Tests.Shared;

namespace ChatOps.Bot.Tests.Teams.Manifest;

/// <summary>The Teams app package a tenant uploads: a valid manifest, real icons, the bot's commands, and a command that builds the zip.</summary>
public sealed class TeamsManifestTests
{
    private static readonly PublishedSchema Schema = PublishedSchema.TeamsManifest();
    private static readonly Guid AppId = Guid.Parse("6f0b7e34-0d2c-4c1c-9d7a-3f1e0c5a9b21");

    private static JsonNode Shipped() => JsonNode.Parse(File.ReadAllText(RepoFiles.Path("manifests", "teams", "manifest.json")))!;

    [Fact]
    public void The_shipped_manifest_is_valid_against_the_published_schema() => Assert.Empty(Schema.Validate(Shipped()));

    [Fact]
    public void The_validator_refuses_a_broken_manifest()
    {
        var broken = Shipped().AsObject();
        broken["bots"]![0]!["botId"] = "not-a-guid";
        broken["unknownProperty"] = true;
        Assert.True(Schema.Validate(broken).Count >= 2);
    }

    [Fact]
    public void Every_listed_command_is_one_the_bot_understands()
    {
        var commands = Shipped()["bots"]![0]!["commandLists"]![0]!["commands"]!.AsArray().Select(c => (string)c!["title"]!).ToList();
        Assert.All(commands, title =>
        {
            Assert.StartsWith("incident ", title);
            var parsed = CommandParser.Parse(title);
            Assert.True(parsed.Command is not null || !parsed.Error!.StartsWith("Unknown command", StringComparison.Ordinal), $"'{title}' is not a command: {parsed.Error}");
        });
        Assert.Contains("incident declare", commands);
        Assert.Contains("incident help", commands);
    }

    [Fact]
    public void The_icons_have_the_sizes_Teams_requires_and_the_outline_is_white_on_transparent()
    {
        var color = PngImage.Read(File.ReadAllBytes(RepoFiles.Path("manifests", "teams", "color.png")));
        Assert.Equal((192, 192), (color.Width, color.Height));
        Assert.All(color.Pixels(), p => Assert.Equal(255, p.A));

        var outline = PngImage.Read(File.ReadAllBytes(RepoFiles.Path("manifests", "teams", "outline.png")));
        Assert.Equal((32, 32), (outline.Width, outline.Height));
        Assert.True(outline.HasAlpha);
        Assert.Contains(outline.Pixels(), p => p.A == 0);
        Assert.Contains(outline.Pixels(), p => p.A == 255);
        Assert.All(outline.Pixels().Where(p => p.A > 0), p => Assert.Equal((255, 255, 255), (p.R, p.G, p.B)));
    }

    [Fact]
    public async Task The_package_command_writes_the_zip_with_the_app_id()
    {
        var folder = Directory.CreateTempSubdirectory("chatops-package-").FullName;
        try
        {
            var zipPath = Path.Combine(folder, "out", "chatops.zip");
            var (code, output, _) = await RunAsync("teams", "package", zipPath, "--app-id", AppId.ToString());
            Assert.Equal(0, code);
            Assert.Contains("Wrote", output);

            using var zip = ZipFile.OpenRead(zipPath);
            Assert.Equal(["color.png", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order());
            var manifest = JsonNode.Parse(zip.GetEntry("manifest.json")!.Open())!;
            Assert.Empty(Schema.Validate(manifest));
            Assert.Equal(AppId.ToString(), (string?)manifest["id"]);
            Assert.Equal(AppId.ToString(), (string?)manifest["bots"]![0]!["botId"]);
            foreach (var icon in TeamsAppPackage.Icons)
            {
                using var packed = new MemoryStream();
                zip.GetEntry(icon)!.Open().CopyTo(packed);
                Assert.Equal(File.ReadAllBytes(RepoFiles.Path("manifests", "teams", icon)), packed.ToArray());
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("", "No app id")]
    [InlineData("--app-id not-a-guid", "is not a Microsoft App ID")]
    public async Task The_package_command_says_what_is_missing(string extra, string message)
    {
        var (code, _, error) = await RunAsync(["teams", "package", Path.Combine(Path.GetTempPath(), "never.zip"), .. extra.Split(' ', StringSplitOptions.RemoveEmptyEntries)]);
        Assert.Equal(2, code);
        Assert.Contains(message, error);
        Assert.False(File.Exists(Path.Combine(Path.GetTempPath(), "never.zip")));
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await BotProgram.RunAsync(args, TextReader.Null, output, error, TimeProvider.System, [new("Teams:AppId", "")]);
        return (code, output.ToString(), error.ToString());
    }
}
