using ChatOps.Core.Ports;

namespace ChatOps.Bot.Engine;

/// <summary>Writes post-mortems into <c>PostMortems__Directory</c> (default <c>postmortems/</c>), never over another file.</summary>
public sealed class FilePostMortemArchive(IConfiguration configuration) : IPostMortemArchive
{
    public const string DefaultDirectory = "postmortems";

    public async Task<string> WriteAsync(string fileName, string content, CancellationToken ct)
    {
        var directory = DirectoryOf(configuration);
        Directory.CreateDirectory(directory);
        var stem = Path.GetFileNameWithoutExtension(fileName);
        var path = Path.Combine(directory, fileName);
        for (var n = 2; File.Exists(path); n++) path = Path.Combine(directory, $"{stem}-{n}.md");
        await File.WriteAllTextAsync(path, content, ct);
        return path;
    }

    public static string DirectoryOf(IConfiguration configuration) =>
        Path.GetFullPath(configuration["PostMortems:Directory"] is { Length: > 0 } configured ? configured : DefaultDirectory);

    /// <summary>
    /// Why post-mortems could not be written, found at start-up rather than when an incident is resolved; null when the
    /// folder exists (it is made if need be, as the first post-mortem would) and a probe file can be written in it.
    /// </summary>
    public static string? Problem(IConfiguration configuration)
    {
        string directory;
        try
        {
            directory = DirectoryOf(configuration);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return $"PostMortems__Directory '{configuration["PostMortems:Directory"]}' is not a usable path ({ex.Message.TrimEnd('.')}): set it to a folder the bot may write to.";
        }
        try
        {
            Directory.CreateDirectory(directory);
            // Named per process: replicas sharing the folder and starting together do not trip over each other's probe.
            var probe = Path.Combine(directory, $".chatops-write-check-{Environment.ProcessId}-{Guid.NewGuid():N}");
            File.WriteAllText(probe, "");
            File.Delete(probe);
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return $"PostMortems__Directory '{directory}' cannot be written ({ex.Message.TrimEnd('.')}): set it to a folder the bot may write to.";
        }
    }
}
