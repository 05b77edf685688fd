namespace ChatOps.Core.Runbooks.Loading;

/// <summary>Dotted paths that name a node for the user: <c>severities[2].escalation[0].people</c>.</summary>
internal static class FieldPath
{
    public const string Root = "(root)";

    public static string Child(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";

    public static string Item(string path, int index) => $"{path}[{index}]";
}
