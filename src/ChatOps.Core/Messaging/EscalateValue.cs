namespace ChatOps.Core.Messaging;

/// <summary>
/// The value an Escalate button carries: <c>INC-2026-001@1</c>, the incident and the tier it was at when the card
/// was drawn. A second press of the same button (a double click, two people at once) finds the incident already
/// past that tier and changes nothing.
/// </summary>
public static class EscalateValue
{
    public static string Format(string number, int fromTier) => $"{number}@{fromTier}";

    /// <summary>Reads <c>NUMBER@TIER</c>, or a bare number from an older card (then <paramref name="fromTier"/> is null).</summary>
    public static string Parse(string value, out int? fromTier)
    {
        var at = (value ?? "").LastIndexOf('@');
        fromTier = at > 0 && int.TryParse(value![(at + 1)..], out var tier) ? tier : null;
        return fromTier is null ? value ?? "" : value![..at];
    }
}
