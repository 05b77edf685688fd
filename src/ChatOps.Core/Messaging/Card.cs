namespace ChatOps.Core.Messaging;

/// <summary>A platform-neutral card: each front end renders it natively (Block Kit, Adaptive Card, text).</summary>
public sealed record Card(
    string Title,
    IReadOnlyList<string> Sections,
    IReadOnlyList<Fact> Facts,
    string? Context,
    IReadOnlyList<CardButton> Buttons);

/// <summary>A label/value pair shown on a card.</summary>
public sealed record Fact(string Label, string Value);
