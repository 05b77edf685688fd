using ChatOps.Core.Access;

namespace ChatOps.Core.Ports;

/// <summary>
/// Who the people the engine stores are, for text that cannot mention them (the post-mortem file). The engine keeps
/// people as the platform gave them (a user id) or as the runbook names them (a handle); the host knows both.
/// </summary>
public interface IPeopleDirectory
{
    /// <summary>The person <paramref name="person"/> stands for; a handle and the user id it maps to are the same <see cref="PersonName.Id"/>.</summary>
    Task<PersonName> FindAsync(string person, CancellationToken ct);
}

/// <summary>A person as people know them: <see cref="Id"/> is the same whatever handle or id named them, <see cref="Name"/> is what to show.</summary>
public sealed record PersonName(string Id, string Name);

/// <summary>No directory (the shell): people are named as stored, and one name is one person.</summary>
public sealed class NoPeopleDirectory : IPeopleDirectory
{
    public static readonly NoPeopleDirectory Instance = new();

    public Task<PersonName> FindAsync(string person, CancellationToken ct) =>
        Task.FromResult(new PersonName(People.Handle(person).ToLowerInvariant(), person));
}
