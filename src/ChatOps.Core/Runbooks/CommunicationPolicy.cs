namespace ChatOps.Core.Runbooks;

/// <summary>
/// Who must be told about an incident and when (<c>communications:</c>): the audiences each severity must reach
/// (<see cref="Notify"/>, reminded from <see cref="NotifyWithin"/> after the severity was set), the runbook's triggers
/// (seed 004's "outage over 30 minutes at P0/P1: status page update plus customer email"), how often an unmet
/// obligation is reminded again (<see cref="RemindEvery"/>), and the message templates audiences use.
/// </summary>
public sealed record CommunicationPolicy(
    IReadOnlyDictionary<string, IReadOnlyList<string>> Notify,
    TimeSpan NotifyWithin,
    TimeSpan RemindEvery,
    IReadOnlyList<CommunicationTrigger> Triggers,
    IReadOnlyDictionary<string, CommsTemplate> Templates)
{
    /// <summary>Seed 002: communicate within 15 minutes of declaration.</summary>
    public static readonly TimeSpan DefaultNotifyWithin = TimeSpan.FromMinutes(15);

    public static readonly TimeSpan DefaultRemindEvery = TimeSpan.FromMinutes(15);

    public static readonly CommunicationPolicy None = new(
        new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase), DefaultNotifyWithin, DefaultRemindEvery, [],
        new Dictionary<string, CommsTemplate>(StringComparer.OrdinalIgnoreCase) { [CommsTemplate.DefaultKey] = CommsTemplate.Default });

    /// <summary>The audience keys a severity must tell (none when the matrix leaves it out).</summary>
    public IReadOnlyList<string> MustNotify(string severityKey) => Notify.TryGetValue(severityKey, out var keys) ? keys : [];

    public CommsTemplate Template(string key) =>
        Templates.TryGetValue(key, out var template) ? template : Templates.TryGetValue(CommsTemplate.DefaultKey, out var fallback) ? fallback : CommsTemplate.Default;
}

/// <summary>
/// A communication rule: once an incident at one of <see cref="Severities"/> has been going for <see cref="After"/>
/// (counted from when it began), each of <see cref="Requires"/> must have happened, or the commander is reminded.
/// </summary>
public sealed record CommunicationTrigger(string Name, string Description, TimeSpan After, IReadOnlyList<string> Severities, IReadOnlyList<CommsRequirement> Requires)
{
    public bool Covers(string severityKey) => Severities.Contains(severityKey, StringComparer.OrdinalIgnoreCase);
}

/// <summary>What a trigger requires: an audience told (<c>notify: [customers]</c>) or a status page update (<c>status-page: true</c>).</summary>
public sealed record CommsRequirement(CommsRequirementKind Kind, string? Audience = null)
{
    public static CommsRequirement Told(string audience) => new(CommsRequirementKind.Audience, audience);

    public static readonly CommsRequirement StatusPage = new(CommsRequirementKind.StatusPage);

    /// <summary>"notify customers", "a status page update".</summary>
    public string Describe() => Kind == CommsRequirementKind.StatusPage ? "a status page update" : $"notify {Audience}";
}

public enum CommsRequirementKind
{
    Audience,
    StatusPage,
}
