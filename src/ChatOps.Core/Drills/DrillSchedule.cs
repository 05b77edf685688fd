using Cronos;

namespace ChatOps.Core.Drills;

/// <summary>
/// When drills are due (<see cref="Cron"/>, in UTC), who is reminded (<see cref="Owner"/>), and the scenarios taken in
/// turn (<see cref="Rotation"/>). The reminder is posted in the runbook's announce channel, naming the owner.
/// </summary>
public sealed record DrillSchedule(string Name, string Cron, string Owner, IReadOnlyList<string> Rotation)
{
    /// <summary>The first time the schedule falls due strictly after <paramref name="after"/>; null when it never does again.</summary>
    public DateTimeOffset? NextAfter(DateTimeOffset after) =>
        CronExpression.Parse(Cron, Fields(Cron)).GetNextOccurrence(after, TimeZoneInfo.Utc, inclusive: false);

    /// <summary>The scenario whose turn it is after <paramref name="reminded"/> reminders.</summary>
    public string ScenarioAt(int reminded) => Rotation[reminded % Rotation.Count];

    /// <summary>Why a cron expression (five fields, or six with seconds) cannot be read; null when it can.</summary>
    public static string? Problem(string cron)
    {
        try
        {
            CronExpression.Parse(cron, Fields(cron));
            return null;
        }
        catch (CronFormatException bad)
        {
            return bad.Message.TrimEnd('.');
        }
    }

    private static CronFormat Fields(string cron) =>
        cron.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length == 6 ? CronFormat.IncludeSeconds : CronFormat.Standard;
}
