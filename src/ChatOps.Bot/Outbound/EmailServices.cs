using ChatOps.Core.Ports;

namespace ChatOps.Bot.Outbound;

/// <summary>Email through the outbox: the settings, the engine's <see cref="IMailer"/>, and <see cref="EmailDelivery"/>.</summary>
public static class EmailServices
{
    public static IServiceCollection AddEmailDelivery(this IServiceCollection services)
    {
        services.AddSingleton<EmailSettingsReader>();
        services.AddScoped<IMailer, OutboxMailer>();
        services.AddScoped<EmailDelivery>();
        return services;
    }
}
