using ChatOps.Bot.Engine;
using ChatOps.Bot.Inbound;
using ChatOps.Bot.Observability;
using ChatOps.Bot.Outbound;
using ChatOps.Bot.Teams.Connector;
using ChatOps.Bot.Teams.Graph;
using ChatOps.Bot.Teams.Inbound;

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
        services.AddSingleton<TeamsNames>();
        services.AddSingleton(sp => new PlatformPeople(TeamsPlatform.Name, sp.GetRequiredService<TeamsNames>()));
        services.AddSingleton<TeamsMessages>();
        services.AddSingleton<TeamsPlatform>();
        services.AddSingleton<IFrontEnd, TeamsFrontEnd>();
        services.AddSingleton<PressAnswers>();
        services.AddSingleton<CardActionHandler>();
        services.AddSingleton<DialogHandler>();
        services.AddSingleton<TeamsActivityHandler>();
        services.AddSingleton<TeamsEndpoint>();
        // The outbox delivers the engine's effects on Teams once Teams credentials are set.
        if (Read(configuration).Configured)
            services.AddSingleton(sp => new RoutedPlatform(TeamsPlatform.Name, sp.GetRequiredService<TeamsPlatform>(), TeamsPlatform.Owns));
        return services;
    }

    /// <summary>The outbound clients alone: tokens, the retrying HTTP sender, the Bot Connector and Graph.</summary>
    public static IServiceCollection AddTeamsClients(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<TeamsOptions>(configuration.GetSection(TeamsOptions.Section));
        services.AddHttpClient(AccessTokens.HttpClientName, http => http.Timeout = TimeSpan.FromSeconds(15));
        services.AddHttpClient(TeamsHttp.HttpClientName, http => http.Timeout = TimeSpan.FromSeconds(30));
        services.AddSingleton<AccessTokens>();
        services.AddBotMetrics().AddSingleton<TeamsHttp>();
        services.AddSingleton<BotConnectorClient>();
        services.AddSingleton<GraphClient>();
        return services;
    }

    public static IEndpointRouteBuilder MapTeamsEndpoint(this IEndpointRouteBuilder app)
    {
        app.MapPost(TeamsEndpoint.Path, (HttpContext http, TeamsEndpoint endpoint) => endpoint.HandleAsync(http)).AnswersFirst();
        return app;
    }

    public static TeamsOptions Read(IConfiguration configuration) =>
        configuration.GetSection(TeamsOptions.Section).Get<TeamsOptions>() ?? new TeamsOptions();
}
