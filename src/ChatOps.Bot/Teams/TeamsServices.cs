using ChatOps.Bot.Teams.Inbound;

namespace ChatOps.Bot.Teams;

/// <summary>Registers the Teams front end: the messaging endpoint's token check and handlers.</summary>
public static class TeamsServices
{
    public static IServiceCollection AddTeams(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<TeamsOptions>(configuration.GetSection(TeamsOptions.Section));
        services.AddHttpClient(BotFrameworkKeys.HttpClientName, http => http.Timeout = TimeSpan.FromSeconds(10));
        services.AddSingleton<BotFrameworkKeys>();
        services.AddSingleton<BotFrameworkAuthenticator>();
        services.AddSingleton<TeamsActivityHandler>();
        services.AddSingleton<TeamsEndpoint>();
        return services;
    }

    public static IEndpointRouteBuilder MapTeamsEndpoint(this IEndpointRouteBuilder app)
    {
        app.MapPost(TeamsEndpoint.Path, (HttpContext http, TeamsEndpoint endpoint) => endpoint.HandleAsync(http));
        return app;
    }

    public static TeamsOptions Read(IConfiguration configuration) =>
        configuration.GetSection(TeamsOptions.Section).Get<TeamsOptions>() ?? new TeamsOptions();
}
