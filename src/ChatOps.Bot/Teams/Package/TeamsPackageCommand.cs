namespace ChatOps.Bot.Teams.Package;

/// <summary><c>teams package OUT.zip [--app-id GUID]</c>: writes the app package to upload to Teams.</summary>
public static class TeamsPackageCommand
{
    public const string Usage = "usage: teams package OUT.zip [--app-id <Microsoft App ID>]   (default: Teams__AppId)";

    public static int Run(IReadOnlyList<string> args, IConfiguration configuration, TextWriter output, TextWriter error)
    {
        string? file = null;
        var appId = TeamsServices.Read(configuration).AppId;
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--app-id" && i + 1 < args.Count) appId = args[++i];
            else if (file is null && !args[i].StartsWith("--", StringComparison.Ordinal)) file = args[i];
            else return Fail(error, $"Unexpected argument '{args[i]}'.\n{Usage}");
        }
        if (file is null) return Fail(error, Usage);
        if (string.IsNullOrWhiteSpace(appId)) return Fail(error, $"No app id: pass --app-id with the bot's Microsoft App ID (the app registration's client id) or set Teams__AppId.\n{Usage}");
        if (!Guid.TryParse(appId, out var id)) return Fail(error, $"'{appId}' is not a Microsoft App ID: it must be a GUID such as 6f0b7e34-0d2c-4c1c-9d7a-3f1e0c5a9b21.");
        var path = Path.GetFullPath(file);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using (var zip = File.Create(path)) TeamsAppPackage.Write(zip, id);
        output.WriteLine($"Wrote {path} (app id {id}). Upload it in Teams: Apps > Manage your apps > Upload an app.");
        return 0;
    }

    private static int Fail(TextWriter error, string message)
    {
        error.WriteLine(message);
        return 2;
    }
}
