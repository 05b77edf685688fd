namespace ChatOps.Bot.Tests.BadInput;

/// <summary>
/// Something typed where a person belongs (a role target) that names nobody: <see cref="Typed"/> is refused, and
/// <see cref="Shows"/> are the pieces of it that must never reach a platform or a file as they are.
/// </summary>
public sealed record OddPerson(string Name, string Typed, params string[] Shows) : ICorpusRow
{
    public override string ToString() => Name;
}
