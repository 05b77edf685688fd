using ChatOps.Tests.Shared;

namespace ChatOps.Bot.Tests.Support;

/// <summary>A file under shared/reference (the published specs and payloads); see <see cref="RepoFiles.Reference"/>.</summary>
public static class SharedReference
{
    public static string PathTo(params string[] parts) => RepoFiles.Reference(parts);
}
