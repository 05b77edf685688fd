namespace ChatOps.Bot.Tests.Slack.Fakes;

/// <summary>A file announced with files.getUploadURLExternal, what was POSTed to its upload URL, and how it was completed.</summary>
public sealed class FakeUploadedFile(string id, string fileName, long declaredLength)
{
    public string Id { get; } = id;
    public string FileName { get; } = fileName;
    public long DeclaredLength { get; } = declaredLength;
    public byte[]? Bytes { get; internal set; }
    public bool Completed { get; internal set; }
    public string? Title { get; internal set; }
    public string? ChannelId { get; internal set; }
    public string? InitialComment { get; internal set; }
}
