using ChatOps.Bot.Observability;
using ChatOps.Core.Ports;
using Microsoft.Extensions.Options;

namespace ChatOps.Bot.Outbound;

/// <summary>
/// Puts the durable outbox between the engine and the chat platforms: the engine's <see cref="IChatPlatform"/>
/// records effects, and the <see cref="RoutedPlatform"/>s the front ends register deliver them.
/// </summary>
public static class OutboxServices
{
    public static IServiceCollection AddOutbox(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<OutboxOptions>(configuration.GetSection(OutboxOptions.Section));
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<OutboxOptions>>().Value);
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<ReplicaIdentity>();
        services.AddScoped<EffectsFor>();
        services.AddScoped<OutboxPlatform>();
        services.AddScoped<IChatPlatform>(sp => sp.GetRequiredService<OutboxPlatform>());
        services.AddScoped<IPager>(sp => sp.GetRequiredService<OutboxPlatform>());
        services.AddPageDelivery();
        services.AddEmailDelivery();
        services.AddStatuspageSync(configuration);
        services.AddSingleton<DeliveryPlatforms>();
        services.AddScoped<OutboxStore>();
        services.AddBotMetrics().AddScoped<OutboxDelivery>();
        services.AddScoped<IDeliveryReport, OutboxReport>();
        services.AddHostedService<OutboxWorker>();
        return services;
    }
}
