namespace ChatOps.Core.Commands;

/// <summary>One user intent, whatever front end it came from. Each kind has its own file with its handler.</summary>
public abstract record IncidentCommand;
