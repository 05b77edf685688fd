namespace ChatOps.Bot.Tests.Architecture;

/// <summary>
/// A namespace, with the namespaces under it unless <paramref name="WithChildren"/> is false. A type whose full name is the
/// area's name belongs to it too, so an area can name a single type (<c>Program</c>, <c>ChatOps.Bot.Program</c>).
/// </summary>
public sealed record NamespaceArea(string Name, bool WithChildren = true)
{
    public bool Contains(Type type)
    {
        var outer = TypeNames.TopLevel(type);
        var ns = outer.Namespace ?? "";
        return ns == Name
            || (WithChildren && ns.StartsWith(Name + ".", StringComparison.Ordinal))
            || TypeNames.Full(outer) == Name;
    }

    public static bool Any(IEnumerable<NamespaceArea> areas, Type type) => areas.Any(area => area.Contains(type));

    public override string ToString() => WithChildren ? $"{Name}(.*)" : Name;
}
