namespace ChatOps.Core.PostMortems;

/// <summary>
/// Names of a post-mortem's files: the one written at resolve, and when a person has edited that one by hand, the
/// companions the bot keeps its current facts in instead (<c>postmortem-20260314-x.chatops.md</c>, then <c>-2</c>, ...).
/// </summary>
public static class PostMortemFiles
{
    /// <summary>The <paramref name="n"/>th file to try: 0 is the post-mortem itself, 1 and up its companions.</summary>
    public static string Candidate(string fileName, int n)
    {
        if (n == 0) return fileName;
        var stem = Path.GetFileNameWithoutExtension(fileName);
        return n == 1 ? $"{stem}.chatops.md" : $"{stem}.chatops-{n}.md";
    }
}
