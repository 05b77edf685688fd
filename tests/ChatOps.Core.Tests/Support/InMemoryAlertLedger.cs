using ChatOps.Core.Alerts;
using ChatOps.Core.Ports;

namespace ChatOps.Core.Tests.Support;

/// <summary>Alert links and suggestions in memory; suggestions are numbered 1, 2... as they are first saved.</summary>
public sealed class InMemoryAlertLedger : IAlertLedger
{
    private readonly Dictionary<string, AlertLink> _links = new(StringComparer.Ordinal);

    public List<AlertSuggestion> Suggestions { get; } = [];

    public IReadOnlyCollection<AlertLink> Links => _links.Values;

    public Task<IReadOnlyList<AlertLink>> LinksAsync(IReadOnlyCollection<string> keys, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<AlertLink>>(keys.Select(k => _links.GetValueOrDefault(k)).OfType<AlertLink>().ToList());

    public Task LinkAsync(IReadOnlyCollection<string> keys, Guid incidentId, DateTimeOffset seenAt, CancellationToken ct)
    {
        foreach (var key in keys) _links[key] = new AlertLink(key, incidentId, seenAt);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<AlertSuggestion>> SuggestionsAsync(IReadOnlyCollection<string> keys, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<AlertSuggestion>>(Suggestions
            .Where(s => keys.Contains(s.GroupKey) || keys.Contains(s.FingerprintKey))
            .OrderByDescending(s => s.Id)
            .ToList());

    public Task<AlertSuggestion?> FindSuggestionAsync(long id, CancellationToken ct) =>
        Task.FromResult(Suggestions.FirstOrDefault(s => s.Id == id));

    public Task SaveSuggestionAsync(AlertSuggestion suggestion, CancellationToken ct)
    {
        if (suggestion.Id == 0)
        {
            suggestion.Id = Suggestions.Count + 1;
            Suggestions.Add(suggestion);
        }
        return Task.CompletedTask;
    }
}
