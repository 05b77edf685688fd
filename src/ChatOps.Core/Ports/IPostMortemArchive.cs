namespace ChatOps.Core.Ports;

/// <summary>Where post-mortem skeletons are kept on disk; returns the path written.</summary>
public interface IPostMortemArchive
{
    Task<string> WriteAsync(string fileName, string content, CancellationToken ct);
}
