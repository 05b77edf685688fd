using System.Security.Cryptography;
using System.Text;
using ChatOps.Core.PostMortems;
using ChatOps.Core.Ports;

namespace ChatOps.Bot.Engine;

/// <summary>
/// Writes post-mortems into <c>PostMortems__Directory</c> (default <c>postmortems/</c>). A new one never goes over another
/// file. Keeping one current overwrites it only while it is exactly what the bot last wrote (a digest of that is kept
/// in <c>.chatops/</c> beside the files); once a person has edited it, the bot's version goes into a companion file and
/// the person's edits stay as they are.
/// </summary>
public sealed class FilePostMortemArchive(IConfiguration configuration) : IPostMortemArchive
{
    public const string DefaultDirectory = "postmortems";
    private const string DigestFolder = ".chatops";

    public async Task<ArchivedFile> WriteAsync(string fileName, string content, CancellationToken ct)
    {
        var directory = Folder();
        var stem = Path.GetFileNameWithoutExtension(fileName);
        var path = Path.Combine(directory, fileName);
        for (var n = 2; File.Exists(path); n++) path = Path.Combine(directory, $"{stem}-{n}.md");
        await WriteOwnAsync(path, content, ct);
        return new ArchivedFile(Path.GetFileName(path));
    }

    public async Task<ArchivedFile> UpdateAsync(string fileName, string content, CancellationToken ct)
    {
        var directory = Folder();
        for (var n = 0; ; n++)
        {
            var name = PostMortemFiles.Candidate(Path.GetFileName(fileName), n);
            var path = Path.Combine(directory, name);
            if (File.Exists(path))
            {
                var current = await File.ReadAllTextAsync(path, ct);
                if (Digest(current) != await LastWrittenAsync(path, ct)) continue; // edited by a person: leave it
                if (current == content) return new ArchivedFile(name, n > 0);
            }
            await WriteOwnAsync(path, content, ct);
            return new ArchivedFile(name, n > 0);
        }
    }

    private string Folder()
    {
        var directory = DirectoryOf(configuration);
        Directory.CreateDirectory(directory);
        return directory;
    }

    private static async Task WriteOwnAsync(string path, string content, CancellationToken ct)
    {
        await File.WriteAllTextAsync(path, content, ct);
        var digest = DigestPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(digest)!);
        await File.WriteAllTextAsync(digest, Digest(content), ct);
    }

    private static async Task<string?> LastWrittenAsync(string path, CancellationToken ct) =>
        File.Exists(DigestPath(path)) ? (await File.ReadAllTextAsync(DigestPath(path), ct)).Trim() : null;

    private static string DigestPath(string path) => Path.Combine(Path.GetDirectoryName(path)!, DigestFolder, Path.GetFileName(path) + ".sha256");

    private static string Digest(string content) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));

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
