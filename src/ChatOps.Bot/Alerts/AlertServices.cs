using ChatOps.Bot.Inbound;

namespace ChatOps.Bot.Alerts;

/// <summary>
/// Registers the alert webhooks: their settings and handler, and the <c>alerts</c> front end that carries stored
/// notifications out on <paramref name="chatPlatform"/> (see <see cref="AlertFrontEnd"/>).
/// </summary>
public static class AlertServices
{
    public static IServiceCollection AddAlerts(this IServiceCollection services, IConfiguration configuration, string chatPlatform)
    {
        services.Configure<AlertOptions>(configuration.GetSection(AlertOptions.Section));
        services.AddSingleton<AlertWebhook>();
        services.AddSingleton<IFrontEnd>(_ => new AlertFrontEnd(chatPlatform));
        return services;
    }
}
