namespace ChatOps.Core.Runbooks;

/// <summary>
/// A kind of incident chosen at declaration (<c>--kind data-leak</c>): it may make the incident private, invite
/// people, and start deadline clocks such as a 72-hour regulator notification.
/// </summary>
public sealed record IncidentKind(
    string Key,
    string Name,
    string Description,
    bool Private,
    IReadOnlyList<string> Invite,
    IReadOnlyList<DeadlinePolicy> Deadlines);
