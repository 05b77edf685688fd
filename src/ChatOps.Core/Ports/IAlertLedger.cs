using ChatOps.Core.Alerts;

namespace ChatOps.Core.Ports;

/// <summary>
/// What the bot remembers about alerts between notifications: which incident each alert key belongs to and when an
/// alert with it was last received (<see cref="AlertLink"/>), and the suggestions posted for alerts nobody declared yet.
/// Writes join the unit of work.
/// </summary>
public interface IAlertLedger
{
    /// <summary>The links of those of <paramref name="keys"/> that belong to an incident.</summary>
    Task<IReadOnlyList<AlertLink>> LinksAsync(IReadOnlyCollection<string> keys, CancellationToken ct);

    /// <summary>Makes each key belong to <paramref name="incidentId"/>, last seen at <paramref name="seenAt"/> (replacing an older link).</summary>
    Task LinkAsync(IReadOnlyCollection<string> keys, Guid incidentId, DateTimeOffset seenAt, CancellationToken ct);

    /// <summary>The suggestions whose group key or first alert's key is one of <paramref name="keys"/>, newest first.</summary>
    Task<IReadOnlyList<AlertSuggestion>> SuggestionsAsync(IReadOnlyCollection<string> keys, CancellationToken ct);

    Task<AlertSuggestion?> FindSuggestionAsync(long id, CancellationToken ct);

    /// <summary>Stores a new or changed suggestion; a new one gets its <see cref="AlertSuggestion.Id"/>.</summary>
    Task SaveSuggestionAsync(AlertSuggestion suggestion, CancellationToken ct);
}
