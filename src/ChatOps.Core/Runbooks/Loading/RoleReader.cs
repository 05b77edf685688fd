namespace ChatOps.Core.Runbooks.Loading;

/// <summary>Reads <c>roles:</c>; the commander defaults to whoever declares the incident.</summary>
internal static class RoleReader
{
    private static readonly string[] Keys = ["commander"];

    public static RolePolicy? Read(YamlMap root, LoadContext context)
    {
        var map = root.Map("roles", required: false, Keys, "roles: { commander: declarer }");
        if (map is null) return root.Has("roles") ? null : new RolePolicy(RolePolicy.Declarer);
        var commander = map.Text("commander", required: false, "commander: declarer")?.Trim();
        return new RolePolicy(string.IsNullOrEmpty(commander) ? RolePolicy.Declarer : commander);
    }
}
