namespace ChatOps.Bot.Tests.Architecture;

/// <summary>
/// Every place a type of one assembly names another type, plus the metadata the reader could not resolve
/// (member and reason), which should stay empty: a gap there would hide dependencies.
/// </summary>
public sealed record DependencyReading(IReadOnlyList<TypeUse> Uses, IReadOnlyList<string> Unresolved)
{
    /// <summary>Uses by a type <paramref name="user"/> accepts of a type <paramref name="used"/> accepts.</summary>
    public IReadOnlyList<TypeUse> Where(Func<Type, bool> user, Func<Type, bool> used) =>
        Uses.Where(use => user(use.User) && used(use.Used)).ToList();
}
