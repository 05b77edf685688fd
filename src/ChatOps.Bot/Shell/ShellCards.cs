using ChatOps.Core.Messaging;

namespace ChatOps.Bot.Shell;

/// <summary>
/// The cards with buttons the shell has shown, numbered in the order shown, so <c>/click</c> can press a button of any
/// card still on screen: the latest, card N, or an incident's own card. A card posted in a channel keeps the buttons its
/// updates give it (Acknowledge disappears once acknowledged), as the pinned card does on a chat platform.
/// </summary>
public sealed class ShellCards
{
    private readonly Lock _gate = new();
    private readonly List<ShownCard> _cards = [];

    /// <summary>Numbers a card with buttons and keeps it; 0 for a card without, which nothing can press.</summary>
    public int Show(string? messageId, Card card)
    {
        if (card.Buttons.Count == 0) return 0;
        lock (_gate)
        {
            var shown = new ShownCard(_cards.Count + 1, messageId, card.Title, card.Buttons);
            _cards.Add(shown);
            return shown.Number;
        }
    }

    /// <summary>A posted card changed: its buttons are now those of <paramref name="card"/> (none when it has no card).</summary>
    public void Update(string messageId, Card? card)
    {
        lock (_gate)
        {
            var at = _cards.FindIndex(c => c.MessageId == messageId);
            if (at >= 0) _cards[at] = _cards[at] with { Buttons = card?.Buttons ?? [] };
        }
    }

    public int Count
    {
        get { lock (_gate) return _cards.Count; }
    }

    public ShownCard? Latest
    {
        get { lock (_gate) return _cards.LastOrDefault(); }
    }

    public ShownCard? Numbered(int number)
    {
        lock (_gate) return number >= 1 && number <= _cards.Count ? _cards[number - 1] : null;
    }

    /// <summary>The incident's own card (titled "INC-…: title"): the posted one, which stays current, else the latest shown.</summary>
    public ShownCard? OfIncident(string incidentNumber)
    {
        lock (_gate)
        {
            var cards = _cards.Where(c => c.Title.StartsWith(incidentNumber + ":", StringComparison.OrdinalIgnoreCase)).ToList();
            return cards.LastOrDefault(c => c.MessageId is not null) ?? cards.LastOrDefault();
        }
    }
}

/// <summary>A card on screen: its number, the message it was posted as (none for a reply), its title and its buttons now.</summary>
public sealed record ShownCard(int Number, string? MessageId, string Title, IReadOnlyList<CardButton> Buttons);
