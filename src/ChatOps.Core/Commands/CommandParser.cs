using ChatOps.Core.Engine;

namespace ChatOps.Core.Commands;

/// <summary>
/// Parses the one grammar every front end shares. The leading <c>/incident</c> or <c>incident</c> is optional, so a
/// Slack slash command's text and a Teams message parse alike. Each verb belongs to one command file
/// (<see cref="CommandRegistry"/>), which reads its own arguments.
/// </summary>
public static class CommandParser
{
    /// <summary>One line per command, as the help shows them.</summary>
    public static string Usage => CommandRegistry.Default.Usage;

    public static ParseResult Parse(string? text) => Parse(CommandRegistry.Default, text);

    public static ParseResult Parse(CommandRegistry registry, string? text)
    {
        var words = (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count > 0 && words[0].TrimStart('/').Equals("incident", StringComparison.OrdinalIgnoreCase)) words.RemoveAt(0);
        if (words.Count == 0) return new HelpCommand();
        var verb = words[0].ToLowerInvariant();
        return registry.ForVerb(verb) is { Spec.IsTyped: true } handler
            ? handler.Parse(new CommandArgs(verb, words.Skip(1).ToList()))
            : ParseResult.Fail($"Unknown command '{words[0]}'. The commands are:\n{registry.Usage}");
    }
}

/// <summary>A parsed command, or the message that says what was wrong with the input.</summary>
public sealed record ParseResult(IncidentCommand? Command, string? Error)
{
    public static ParseResult Fail(string error) => new(null, error);

    public static implicit operator ParseResult(IncidentCommand command) => new(command, null);
}
