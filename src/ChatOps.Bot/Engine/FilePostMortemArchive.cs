using ChatOps.Core.Ports;

namespace ChatOps.Bot.Engine;

/// <summary>Writes post-mortems into <c>PostMortems__Directory</c> (default <c>postmortems/</c>), never over another file.</summary>
public sealed class FilePostMortemArchive(IConfiguration configuration) : IPostMortemArchive
{
    public const string DefaultDirectory = "postmortems";

    public async Task<string> WriteAsync(string fileName, string content, CancellationToken ct)
    {
        var directory = Path.GetFullPath(configuration["PostMortems:Directory"] is { Length: > 0 } configured ? configured : DefaultDirectory);
        Directory.CreateDirectory(directory);
        var stem = Path.GetFileNameWithoutExtension(fileName);
        var path = Path.Combine(directory, fileName);
        for (var n = 2; File.Exists(path); n++) path = Path.Combine(directory, $"{stem}-{n}.md");
        await File.WriteAllTextAsync(path, content, ct);
        return path;
    }
}
