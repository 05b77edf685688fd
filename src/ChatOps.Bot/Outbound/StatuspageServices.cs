using ChatOps.Core.Ports;

namespace ChatOps.Bot.Outbound;

/// <summary>
/// Atlassian Statuspage sync through the outbox: <see cref="StatuspageDelivery"/> always (a push recorded while the sync
/// was on is still delivered, or parked with the reason, after a restart without it), and the engine's
/// <see cref="IStatusPageSync"/> only when <see cref="StatuspageSettings"/> are complete.
/// </summary>
public static class StatuspageServices
{
    public static IServiceCollection AddStatuspageSync(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<StatuspagePacing>();
        services.AddHttpClient(StatuspageDelivery.HttpClientName, http => http.Timeout = TimeSpan.FromSeconds(30));
        services.AddScoped<StatuspageDelivery>();
        if (StatuspageSettings.Read(configuration) is not null)
            services.AddScoped<IStatusPageSync>(sp => sp.GetRequiredService<OutboxPlatform>());
        return services;
    }
}
