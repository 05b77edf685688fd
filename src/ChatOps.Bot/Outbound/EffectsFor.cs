using ChatOps.Core.Engine;

namespace ChatOps.Bot.Outbound;

/// <summary>
/// The unit of work whose effects this scope records: given once, when the scope for the unit of work is made (see
/// EngineServices.WithEngineAsync), so each effect remembers the platform and person it acts for.
/// </summary>
public sealed class EffectsFor
{
    public UnitOfWork? Work { get; private set; }

    public void Begin(UnitOfWork work)
    {
        if (Work is not null) throw new InvalidOperationException("This scope already records the effects of a unit of work.");
        Work = work;
    }
}
