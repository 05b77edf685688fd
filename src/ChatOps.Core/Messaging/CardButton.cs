namespace ChatOps.Core.Messaging;

/// <summary>
/// A button: a stable action id (owned by one command file) and the value it sends back, what pressing it does, and
/// the question to confirm first when <see cref="Confirm"/> is set.
/// </summary>
public sealed record CardButton(
    string Label,
    string ActionId,
    string Value,
    ButtonStyle Style = ButtonStyle.Default,
    string? Confirm = null,
    ButtonAction Does = ButtonAction.RunCommand)
{
    public bool OpensForm => Does == ButtonAction.OpenForm;
}

public enum ButtonStyle
{
    Default,
    Primary,
    Danger,
}

/// <summary>What pressing a button does, so each platform can render it natively (a form opens as a modal or dialog).</summary>
public enum ButtonAction
{
    /// <summary>Runs its command; the card refreshes.</summary>
    RunCommand,

    /// <summary>Opens its command's form.</summary>
    OpenForm,
}
