using ChatOps.Core.Engine;

namespace ChatOps.Core.Ports;

/// <summary>Where the engine tells what happened to incidents (declared, escalated, reminder fired, ...), for logs and metrics.</summary>
public interface IIncidentEvents
{
    void Publish(IncidentEvent happened);
}

/// <summary>Events nobody listens to.</summary>
public sealed class NoIncidentEvents : IIncidentEvents
{
    public static readonly NoIncidentEvents Instance = new();

    public void Publish(IncidentEvent happened)
    {
    }
}
