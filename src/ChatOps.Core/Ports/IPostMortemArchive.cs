namespace ChatOps.Core.Ports;

/// <summary>Where post-mortems are kept as files. Answers name files, never the server's paths.</summary>
public interface IPostMortemArchive
{
    /// <summary>Writes a new post-mortem under <paramref name="fileName"/>, or a free name beside it when that is taken.</summary>
    Task<ArchivedFile> WriteAsync(string fileName, string content, CancellationToken ct);

    /// <summary>
    /// Writes the current version of a post-mortem the bot wrote before: over it while nobody has edited it since, else
    /// beside it, so a person's edits are never overwritten. Writing what is already there changes nothing.
    /// </summary>
    Task<ArchivedFile> UpdateAsync(string fileName, string content, CancellationToken ct);
}

/// <summary>The file written; <see cref="Beside"/> when the original had been edited by hand and was left alone.</summary>
public sealed record ArchivedFile(string FileName, bool Beside = false);
