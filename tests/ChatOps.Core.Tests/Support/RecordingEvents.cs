using ChatOps.Core.Engine;
using ChatOps.Core.Ports;

namespace ChatOps.Core.Tests.Support;

/// <summary>Every incident event the engine told, in order.</summary>
public sealed class RecordingEvents : IIncidentEvents
{
    public List<IncidentEvent> Told { get; } = [];

    public void Publish(IncidentEvent happened) => Told.Add(happened);
}
