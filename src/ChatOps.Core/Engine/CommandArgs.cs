namespace ChatOps.Core.Engine;

/// <summary>The words typed after a command's verb.</summary>
public sealed class CommandArgs(string verb, IReadOnlyList<string> words)
{
    public string Verb { get; } = verb;

    public IReadOnlyList<string> Words { get; } = words;

    public int Count => Words.Count;

    public string this[int index] => Words[index];

    /// <summary>The words from <paramref name="from"/> on, joined by single spaces.</summary>
    public string Rest(int from = 0) => string.Join(' ', Words.Skip(from));

    /// <summary>The rest, or null when nothing was typed.</summary>
    public string? RestOrNull() => Count == 0 ? null : Rest();

    /// <summary>The command when nothing follows the verb; else the refusal that says it takes nothing.</summary>
    public Commands.ParseResult None(Commands.IncidentCommand command) =>
        Count == 0 ? command : Commands.ParseResult.Fail($"/incident {Verb} takes no arguments.");
}
