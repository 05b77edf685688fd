namespace ChatOps.Core.Runbooks;

/// <summary>
/// A deadline clock a kind starts at declaration: due <see cref="Within"/> after it, with reminders at
/// <see cref="RemindAt"/> (offsets from the start, ascending, all before the deadline) to the <see cref="Remind"/>
/// roles, and an overdue notice at the deadline unless someone records it done with <c>/incident notified</c>.
/// </summary>
public sealed record DeadlinePolicy(
    string Key,
    string Name,
    string Description,
    TimeSpan Within,
    IReadOnlyList<TimeSpan> RemindAt,
    IReadOnlyList<string> Remind)
{
    /// <summary>The roles a deadline can remind: <c>commander</c>, <c>comms</c>, <c>scribe</c>, <c>participants</c>, <c>admins</c>.</summary>
    public static readonly IReadOnlyList<string> RemindRoles = ["commander", "comms", "scribe", "participants", "admins"];

    public static readonly IReadOnlyList<string> DefaultRemind = ["commander"];
}
