namespace ChatOps.Core.Messaging;

/// <summary>A platform-neutral form (Slack modal, Teams dialog, prompted fields in the shell).</summary>
public sealed record Form(string Id, string Title, string SubmitLabel, IReadOnlyList<FormField> Fields, string Context = "");

/// <summary>One field of a form.</summary>
public sealed record FormField(
    string Id,
    string Label,
    FormFieldKind Kind,
    bool Required,
    IReadOnlyList<FormChoice>? Choices = null,
    string? Initial = null,
    string? Hint = null);

/// <summary>One choice of a select field.</summary>
public sealed record FormChoice(string Value, string Label);

public enum FormFieldKind
{
    Text,
    LongText,
    Select,
    User,
    Checkbox,
}
