using ChatOps.Core.Messaging;

namespace ChatOps.Core.Commands;

/// <summary>
/// The answer shown only to the person who acted (ephemeral where the platform allows): a text, a card,
/// or a form to open. <see cref="Channel"/> names the incident channel a declaration opened.
/// </summary>
public sealed record CommandReply(string Text, Card? Card = null, Form? Form = null, bool IsError = false, string? Channel = null)
{
    public static CommandReply Error(string text) => new(text, IsError: true);
}

/// <summary>The outcome of a submitted form: a reply, or errors keyed by field id with nothing changed.</summary>
public sealed record FormOutcome(CommandReply? Reply, IReadOnlyDictionary<string, string> FieldErrors)
{
    public static FormOutcome Done(CommandReply reply) => new(reply, new Dictionary<string, string>());

    public static FormOutcome Invalid(IReadOnlyDictionary<string, string> errors) => new(null, errors);

    public bool IsValid => FieldErrors.Count == 0;
}
