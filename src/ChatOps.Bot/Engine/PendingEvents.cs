using ChatOps.Core.Engine;
using ChatOps.Core.Ports;

namespace ChatOps.Bot.Engine;

/// <summary>
/// The events of one unit of work, held until it commits: a unit of work rolled back (a failure, a conflict retried
/// from scratch) told nothing that did not happen.
/// </summary>
public sealed class PendingEvents : IIncidentEvents
{
    private readonly List<IncidentEvent> _pending = [];

    public void Publish(IncidentEvent happened) => _pending.Add(happened);

    /// <summary>Hands the held events to every observer and forgets them.</summary>
    public void Commit(IEnumerable<IIncidentEventObserver> observers, ILogger logger)
    {
        var events = _pending.ToList();
        _pending.Clear();
        foreach (var happened in events)
        foreach (var observer in observers)
        {
            try
            {
                observer.Committed(happened);
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "{Observer} could not take the {Event} event of {Incident}", observer.GetType().Name, happened.Name, happened.Incident);
            }
        }
    }

    /// <summary>Forgets the held events of a unit of work that is being undone.</summary>
    public void Discard() => _pending.Clear();
}
