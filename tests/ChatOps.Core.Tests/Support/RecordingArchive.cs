using ChatOps.Core.Ports;

namespace ChatOps.Core.Tests.Support;

/// <summary>Keeps written post-mortems in memory and reports them as written under /tmp/x/.</summary>
public sealed class RecordingArchive : IPostMortemArchive
{
    public sealed record WrittenFile(string FileName, string Content);

    public List<WrittenFile> Files { get; } = [];

    public Task<string> WriteAsync(string fileName, string content, CancellationToken ct)
    {
        Files.Add(new WrittenFile(fileName, content));
        return Task.FromResult("/tmp/x/" + fileName);
    }
}
