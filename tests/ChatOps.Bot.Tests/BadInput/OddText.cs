namespace ChatOps.Bot.Tests.BadInput;

/// <summary>
/// A command whose text is odd but valid: it is carried out, and its user text reaches Slack escaped.
/// <see cref="Title"/> is the title a declaration should store (cleaned of invisible characters), when it declares.
/// </summary>
public sealed record OddText(string Name, string Command, string? Title = null, bool InIncident = false) : ICorpusRow
{
    public override string ToString() => Name;
}
