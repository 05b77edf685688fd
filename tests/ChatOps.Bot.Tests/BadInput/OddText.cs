namespace ChatOps.Bot.Tests.BadInput;

/// <summary>
/// A command whose text is odd: carried out unless <see cref="Refusal"/> is given (then refused with a message that
/// says so, and nothing is posted), and either way its user text reaches Slack escaped.
/// <see cref="Title"/> is the title a declaration should store (cleaned of invisible characters), when it declares.
/// </summary>
public sealed record OddText(string Name, string Command, string? Title = null, bool InIncident = false) : ICorpusRow
{
    /// <summary>Part of the refusal the person is shown; null when the command is carried out.</summary>
    public string? Refusal { get; init; }

    /// <summary>Slack mentions (<c>&lt;@U…&gt;</c>) the command itself makes, besides those of the people the bot invites.</summary>
    public IReadOnlyList<string> Mentions { get; init; } = [];

    /// <summary>Pieces of the command's text that must not reach Slack as they are, even escaped.</summary>
    public IReadOnlyList<string> NeverShown { get; init; } = [];

    public override string ToString() => Name;
}
