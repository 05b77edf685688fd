namespace ChatOps.Bot.Teams;

/// <summary>A person as Teams and Graph address them (Entra object id or user principal name) and the name to show.</summary>
public sealed record TeamsPerson(string Id, string Name);
