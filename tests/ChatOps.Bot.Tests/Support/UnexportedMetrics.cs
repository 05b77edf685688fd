using System.Diagnostics.Metrics;
using ChatOps.Bot.Observability;
using Microsoft.Extensions.DependencyInjection;

namespace ChatOps.Bot.Tests.Support;

/// <summary>Instruments from a meter factory of their own that no exporter listens to, for a client built by hand.</summary>
public static class UnexportedMetrics
{
    private static readonly IMeterFactory Factory = new ServiceCollection().AddMetrics().BuildServiceProvider().GetRequiredService<IMeterFactory>();

    public static ChatApiMetrics ChatApi() => new(Factory);
}
