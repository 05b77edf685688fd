using ChatOps.Bot.Hosting;
using ChatOps.Bot.Outbound;
using ChatOps.Bot.Slack;
using ChatOps.Bot.Teams.Connector;
using ChatOps.Bot.Teams.Graph;
using ChatOps.Bot.Teams.Inbound;
using ChatOps.Core.Ports;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ChatOps.Bot.Teams;

/// <summary>
/// Registers the Teams front end: the messaging endpoint's token check and handlers, the Bot Connector and Graph
/// clients, and, when Teams credentials are set, the Teams chat platform that the outbox delivers through (routed by
/// channel beside Slack's when both are configured).
/// </summary>
public static class TeamsServices
{
    public static IServiceCollection AddTeams(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddTeamsClients(configuration);
        services.AddHttpClient(BotFrameworkKeys.HttpClientName, http => http.Timeout = TimeSpan.FromSeconds(10));
        services.AddSingleton<BotFrameworkKeys>();
        services.AddSingleton<BotFrameworkAuthenticator>();
        services.AddSingleton<TeamsServiceUrl>();
        services.AddSingleton<TeamsDirectory>();
        services.AddSingleton<TeamsPeople>();
        services.AddSingleton<TeamsMessages>();
        services.AddSingleton<TeamsPlatform>();
        services.AddSingleton<TeamsIntake>();
        services.AddSingleton<TeamsIntentProcessor>();
        services.AddSingleton<IInboundProcessor>(sp => sp.GetRequiredService<TeamsIntentProcessor>());
        services.AddSingleton<TeamsCardRefresh>();
        services.AddSingleton<CardActionHandler>();
        services.AddSingleton<DialogHandler>();
        services.AddSingleton<TeamsActivityHandler>();
        services.AddSingleton<TeamsEndpoint>();
        if (!Read(configuration).Configured) return services;

        // The outbox delivers the engine's effects through the platform registered under its delivery key.
        var slack = configuration.GetSection(SlackOptions.Section).Get<SlackOptions>() is { Configured: true };
        services.RemoveAllKeyed<IChatPlatform>(OutboxServices.DeliveryKey);
        services.AddKeyedSingleton<IChatPlatform>(OutboxServices.DeliveryKey, (sp, _) => slack
            ? new ChatPlatformRouter(
            [
                new RoutedPlatform(SlackPlatform.Name, ActivatorUtilities.CreateInstance<SlackPlatform>(sp), IsSlackChannelId),
                new RoutedPlatform(TeamsPlatform.Name, sp.GetRequiredService<TeamsPlatform>(), TeamsPlatform.Owns),
            ])
            : sp.GetRequiredService<TeamsPlatform>());
        return services;
    }

    /// <summary>The outbound clients alone: tokens, the retrying HTTP sender, the Bot Connector and Graph.</summary>
    public static IServiceCollection AddTeamsClients(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<TeamsOptions>(configuration.GetSection(TeamsOptions.Section));
        services.AddHttpClient(AccessTokens.HttpClientName, http => http.Timeout = TimeSpan.FromSeconds(15));
        services.AddHttpClient(TeamsHttp.HttpClientName, http => http.Timeout = TimeSpan.FromSeconds(30));
        services.AddSingleton<AccessTokens>();
        services.AddSingleton<TeamsHttp>();
        services.AddSingleton<BotConnectorClient>();
        services.AddSingleton<GraphClient>();
        return services;
    }

    public static IEndpointRouteBuilder MapTeamsEndpoint(this IEndpointRouteBuilder app)
    {
        app.MapPost(TeamsEndpoint.Path, (HttpContext http, TeamsEndpoint endpoint) => endpoint.HandleAsync(http));
        return app;
    }

    /// <summary>Slack conversation ids: C (channel), G (private, legacy) or D (direct message) and upper-case letters and digits.</summary>
    private static bool IsSlackChannelId(string id) =>
        id.Length > 1 && id[0] is 'C' or 'G' or 'D' && id.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c));

    public static TeamsOptions Read(IConfiguration configuration) =>
        configuration.GetSection(TeamsOptions.Section).Get<TeamsOptions>() ?? new TeamsOptions();
}
