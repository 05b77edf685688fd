using System.IO.Compression;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ChatOps.Bot.Teams.Package;

/// <summary>
/// The Teams app package to upload (https://learn.microsoft.com/microsoftteams/platform/concepts/build-and-test/apps-package):
/// a zip with <c>manifest.json</c>, <c>color.png</c> and <c>outline.png</c> at its root, from <c>manifests/teams/</c>
/// (built into the bot), with the bot's Microsoft App ID as the app id and the bot id.
/// </summary>
public static class TeamsAppPackage
{
    public const string Manifest = "manifest.json";
    public static readonly IReadOnlyList<string> Icons = ["color.png", "outline.png"];

    /// <summary>The shipped manifest with <paramref name="appId"/> in <c>id</c> and <c>bots[0].botId</c>.</summary>
    public static JsonObject ManifestFor(Guid appId)
    {
        using var stream = Resource(Manifest);
        var manifest = JsonNode.Parse(stream)!.AsObject();
        manifest["id"] = appId.ToString();
        manifest["bots"]![0]!["botId"] = appId.ToString();
        return manifest;
    }

    public static void Write(Stream zip, Guid appId)
    {
        using var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true);
        using (var entry = archive.CreateEntry(Manifest).Open())
            JsonSerializer.Serialize(entry, ManifestFor(appId), new JsonSerializerOptions { WriteIndented = true });
        foreach (var icon in Icons)
        {
            using var source = Resource(icon);
            using var target = archive.CreateEntry(icon).Open();
            source.CopyTo(target);
        }
    }

    private static Stream Resource(string file) =>
        Assembly.GetExecutingAssembly().GetManifestResourceStream($"ChatOps.teams.{file}")
        ?? throw new InvalidOperationException($"manifests/teams/{file} is not built into the bot.");
}
