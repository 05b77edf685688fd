using Microsoft.AspNetCore.Http;

namespace ChatOps.Bot.Web.Dashboard;

/// <summary>The dashboard's style sheet and script, embedded in the app (no CDN): <c>/dashboard/static/{name}</c>.</summary>
public static class StaticAssets
{
    private static readonly IReadOnlyDictionary<string, (byte[] Bytes, string Type)> Files = Load();

    public static IResult Serve(string name) =>
        Files.TryGetValue(name, out var file)
            ? Results.Bytes(file.Bytes, file.Type)
            : Results.NotFound();

    private static Dictionary<string, (byte[], string)> Load()
    {
        var assembly = typeof(StaticAssets).Assembly;
        var files = new Dictionary<string, (byte[], string)>(StringComparer.Ordinal);
        foreach (var name in new[] { "dashboard.css", "dashboard.js" })
        {
            using var stream = assembly.GetManifestResourceStream("ChatOps.dashboard." + name) ?? throw new InvalidOperationException($"The dashboard's {name} is not embedded.");
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            files[name] = (copy.ToArray(), name.EndsWith(".css", StringComparison.Ordinal) ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8");
        }
        return files;
    }
}
