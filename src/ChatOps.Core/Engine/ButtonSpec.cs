using ChatOps.Core.Commands;
using ChatOps.Core.Incidents;
using ChatOps.Core.Messaging;
using ChatOps.Core.Runbooks;

namespace ChatOps.Core.Engine;

/// <summary>
/// A button a command owns: its stable action id, how a press's value reads back as the command and the incident it
/// names (null for a value this bot never made, explained by <see cref="Unreadable"/>), and the card the pressed card
/// turns into afterwards (by default the incident's card, as stored now).
/// </summary>
public sealed record ButtonSpec(
    string ActionId,
    Func<string, Pressed?> Read,
    Func<string, string>? Unreadable = null,
    Func<Incident, IncidentCommand, Runbook, Card?>? AfterPress = null);

/// <summary>What a press asks for: the command, on the incident numbered <see cref="IncidentNumber"/>.</summary>
public sealed record Pressed(IncidentCommand Command, string IncidentNumber);
