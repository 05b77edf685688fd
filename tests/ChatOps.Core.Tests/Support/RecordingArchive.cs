using ChatOps.Core.PostMortems;
using ChatOps.Core.Ports;

namespace ChatOps.Core.Tests.Support;

/// <summary>Keeps post-mortems in memory as the file archive keeps them on disk, including files edited by hand.</summary>
public sealed class RecordingArchive : IPostMortemArchive
{
    public sealed record WrittenFile(string FileName, string Content);

    private readonly Dictionary<string, string> _botWrote = [];

    /// <summary>Every file, in the order first written, with its latest content.</summary>
    public List<WrittenFile> Files { get; } = [];

    public string Content(string fileName) => Files.Single(f => f.FileName == fileName).Content;

    /// <summary>A person edits a file.</summary>
    public void EditByHand(string fileName, string content) => Put(fileName, content);

    public Task<ArchivedFile> WriteAsync(string fileName, string content, CancellationToken ct)
    {
        var name = fileName;
        for (var n = 2; Files.Any(f => f.FileName == name); n++) name = $"{Path.GetFileNameWithoutExtension(fileName)}-{n}.md";
        Put(name, content);
        _botWrote[name] = content;
        return Task.FromResult(new ArchivedFile(name));
    }

    public Task<ArchivedFile> UpdateAsync(string fileName, string content, CancellationToken ct)
    {
        for (var n = 0; ; n++)
        {
            var name = PostMortemFiles.Candidate(fileName, n);
            var current = Files.FirstOrDefault(f => f.FileName == name);
            if (current is not null && (!_botWrote.TryGetValue(name, out var wrote) || wrote != current.Content)) continue;
            Put(name, content);
            _botWrote[name] = content;
            return Task.FromResult(new ArchivedFile(name, n > 0));
        }
    }

    private void Put(string fileName, string content)
    {
        var at = Files.FindIndex(f => f.FileName == fileName);
        if (at < 0) Files.Add(new WrittenFile(fileName, content));
        else Files[at] = new WrittenFile(fileName, content);
    }
}
