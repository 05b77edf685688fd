namespace ChatOps.Bot.Teams.Graph;

/// <summary>
/// Teams channel-name rules: at most 50 characters, none of <c>~ # % &amp; * { } + / \ : &lt; &gt; ? | ' "</c>, no
/// leading underscore or period, no trailing period (https://learn.microsoft.com/graph/api/channel-post).
/// </summary>
public static class ChannelDisplayName
{
    public const int MaxLength = 50;
    public const int MaxDescription = 1024;
    private const string Reserved = "~#%&*{}+/\\:<>?|'\"";

    public static string From(string name)
    {
        var cleaned = new string(name.Select(c => Reserved.Contains(c) || char.IsControl(c) ? '-' : c).ToArray()).Trim().TrimStart('_', '.');
        if (cleaned.Length > MaxLength) cleaned = cleaned[..MaxLength];
        cleaned = cleaned.TrimEnd('.', '-', ' ');
        return cleaned.Length > 0 ? cleaned : "incident";
    }

    public static string WithSuffix(string name, int n)
    {
        var suffix = $"-{n}";
        var stem = name.Length + suffix.Length <= MaxLength ? name : name[..(MaxLength - suffix.Length)].TrimEnd('.', '-', ' ');
        return stem + suffix;
    }
}
