namespace ChatOps.Bot.Tests.Architecture;

/// <summary>Names and nesting of types as the architecture rules see them.</summary>
public static class TypeNames
{
    /// <summary>The outermost declaring type: lambdas' closures, state machines and nested types belong to it.</summary>
    public static Type TopLevel(Type type)
    {
        while (type.DeclaringType is { } outer) type = outer;
        return type;
    }

    public static string Full(Type type) => type.FullName ?? $"{type.Namespace}.{type.Name}".TrimStart('.');

    /// <summary>The name inside its namespace, keeping outer types: <c>SlackApiClient+&lt;PostAsync&gt;d__12</c>.</summary>
    public static string Local(Type type)
    {
        var full = Full(type);
        return type.Namespace is { Length: > 0 } ns && full.StartsWith(ns + ".", StringComparison.Ordinal) ? full[(ns.Length + 1)..] : full;
    }
}
