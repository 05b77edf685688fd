using ChatOps.Bot.Engine;
using ChatOps.Bot.Probes;
using ChatOps.Core.Ports;

namespace ChatOps.Bot.Workers;

/// <summary>Wires the health probes: the queue (told of declarations), the requests of <c>/incident probe</c>, the runner and the worker.</summary>
public static class ProbeServices
{
    public static IServiceCollection AddProbes(this IServiceCollection services)
    {
        services.AddSingleton<ProbeQueue>();
        services.AddSingleton<IIncidentEventObserver>(sp => sp.GetRequiredService<ProbeQueue>());
        services.AddScoped<PendingProbeRequests>();
        services.AddScoped<IProbeRequests>(sp => sp.GetRequiredService<PendingProbeRequests>());
        services.AddSingleton(sp => new ProbeRunner(sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<ProbeHeaders>();
        services.AddSingleton<ProbeWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<ProbeWorker>());
        return services;
    }
}
