namespace ChatOps.Core.Messaging;

/// <summary>A button with a stable action id (see <see cref="Commands.ActionIds"/>) and the value it sends back.</summary>
public sealed record CardButton(string Label, string ActionId, string Value, ButtonStyle Style = ButtonStyle.Default, string? Confirm = null);

public enum ButtonStyle
{
    Default,
    Primary,
    Danger,
}
