using ChatOps.Core.Messaging;

namespace ChatOps.Core.Commands;

/// <summary>
/// The answer shown only to the person who acted (ephemeral where the platform allows): a text, a card, or a form to
/// open. <see cref="Channel"/> names the incident channel a declaration opened. A submitted form with mistakes comes
/// back with <see cref="FieldErrors"/>, keyed by field id, and nothing changed.
/// </summary>
public sealed record CommandReply(
    string Text,
    Card? Card = null,
    Form? Form = null,
    bool IsError = false,
    string? Channel = null,
    IReadOnlyDictionary<string, string>? FieldErrors = null)
{
    public static CommandReply Error(string text) => new(text, IsError: true);

    public static CommandReply Invalid(IReadOnlyDictionary<string, string> errors) =>
        new("The form had errors: " + string.Join("; ", errors.Values), IsError: true, FieldErrors: errors);

    /// <summary>Whether a submitted form was accepted (no field errors).</summary>
    public bool IsValid => FieldErrors is not { Count: > 0 };

    /// <summary>What the audit log records when this reply means the work failed; null when it succeeded.</summary>
    public string? FailureText => FieldErrors is { Count: > 0 } errors
        ? "the form had errors: " + string.Join("; ", errors.Select(e => $"{e.Key}: {e.Value}"))
        : IsError ? Text : null;
}
