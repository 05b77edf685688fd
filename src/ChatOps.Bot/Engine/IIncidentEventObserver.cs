using ChatOps.Core.Engine;

namespace ChatOps.Bot.Engine;

/// <summary>Told each incident event once its unit of work has committed (the log, metrics).</summary>
public interface IIncidentEventObserver
{
    void Committed(IncidentEvent happened);
}
