namespace ChatOps.Bot.Tests.Architecture;

/// <summary>
/// <paramref name="User"/>, a top-level type (its nested and compiler-generated types count as itself), names
/// <paramref name="Used"/> as <paramref name="Kind"/> at <paramref name="Site"/> (a member, e.g. <c>Outer+&lt;RunAsync&gt;d__3.MoveNext</c>).
/// </summary>
public sealed record TypeUse(Type User, Type Used, UseKind Kind, string Site)
{
    public override string ToString() => $"{TypeNames.Full(User)} -> {TypeNames.Full(Used)} ({Kind} in {Site})";
}
