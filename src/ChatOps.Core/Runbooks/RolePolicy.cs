namespace ChatOps.Core.Runbooks;

/// <summary>
/// Who becomes commander at declaration: <c>declarer</c> (the default) or a named person.
/// </summary>
public sealed record RolePolicy(string Commander)
{
    public const string Declarer = "declarer";
}
