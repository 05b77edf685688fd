namespace ChatOps.Core.Runbooks;

/// <summary>The values a runbook gets when it leaves the optional postmortem, channels or roles sections out.</summary>
public static class RunbookDefaults
{
    public static readonly TimeSpan PostMortemDueAfter = TimeSpan.FromHours(48);

    public static readonly IReadOnlyList<string> PostMortemSections =
    [
        "Root cause", "Contributing factors", "What went well", "What could have prevented it",
        "Action items", "Lessons learned", "Follow-up review",
    ];

    public const string ChannelPattern = "inc-{year}-{seq}-{slug}";
    public const int SlugLength = 30;
    public const int MinSlugLength = 8;
    public const int MaxSlugLength = 60;
    public const string AnnounceChannel = "incidents";

    /// <summary>Placeholders a channel pattern may use; it must contain <c>{seq}</c> or <c>{number}</c>.</summary>
    public static readonly IReadOnlySet<string> ChannelPlaceholders =
        new HashSet<string>(StringComparer.Ordinal) { "year", "seq", "number", "severity", "slug" };

    public const string TriageComplete = "Triage complete.";
}
