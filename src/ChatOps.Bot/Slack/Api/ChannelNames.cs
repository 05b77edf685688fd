namespace ChatOps.Bot.Slack.Api;

/// <summary>Slack channel-name rules the client enforces: lower case, at most 80 characters.</summary>
internal static class ChannelNames
{
    public const int MaxLength = 80;

    public static string Normalize(string name)
    {
        var lower = name.Trim().ToLowerInvariant();
        return lower.Length <= MaxLength ? lower : lower[..MaxLength].TrimEnd('-', '_');
    }

    /// <summary>The name with <c>-n</c> appended, shortening the base so the whole stays within the limit.</summary>
    public static string WithSuffix(string normalized, int n)
    {
        var suffix = $"-{n}";
        var stem = normalized.Length + suffix.Length <= MaxLength
            ? normalized
            : normalized[..(MaxLength - suffix.Length)].TrimEnd('-', '_');
        return stem + suffix;
    }
}
