using System.Reflection;

namespace ChatOps.Bot.Tests.Architecture;

/// <summary>Collects what one top-level type (with everything nested in it) uses; its own nested types are not counted.</summary>
internal sealed class TypeUses(Type user, ISet<TypeUse> uses, ICollection<string> unresolved)
{
    public void Add(Type? type, UseKind kind, string site)
    {
        foreach (var named in NamedTypes.In(type))
        {
            if (TypeNames.TopLevel(named) != user) uses.Add(new TypeUse(user, named, kind, site));
        }
    }

    public void Constraints(IEnumerable<Type> genericParameters, string site)
    {
        foreach (var constraint in genericParameters.SelectMany(parameter => parameter.GetGenericParameterConstraints()))
        {
            Add(constraint, UseKind.GenericConstraint, site);
        }
    }

    public void Attributes(Func<IList<CustomAttributeData>> read, string site)
    {
        try
        {
            foreach (var named in read().SelectMany(NamedTypes.In)) Add(named, UseKind.Attribute, site);
        }
        catch (Exception e) when (IsResolveFailure(e))
        {
            Unresolved(site, "attributes", e);
        }
    }

    public void Unresolved(string site, string what, Exception e) =>
        unresolved.Add($"{TypeNames.Full(user)}: {what} in {site}: {e.GetType().Name}: {e.Message}");

    /// <summary>What reflection throws when metadata names something it cannot load or bind without more context.</summary>
    public static bool IsResolveFailure(Exception e) =>
        e is ArgumentException or TypeLoadException or FileNotFoundException or FileLoadException or BadImageFormatException
            or MissingMemberException or NotSupportedException;
}
