using ChatOps.Bot.Engine;
using ChatOps.Bot.Inbound;
using ChatOps.Bot.Observability;
using ChatOps.Bot.Outbound;
using ChatOps.Bot.Slack.Api;
using ChatOps.Bot.Slack.Inbound;
using ChatOps.Bot.Slack.SocketMode;
using Microsoft.Extensions.Options;

namespace ChatOps.Bot.Slack;

/// <summary>
/// Registers the Slack front end: Web API client, chat platform, endpoints' handlers, intent processor, and the
/// Socket Mode client when an app-level token is set.
/// </summary>
public static class SlackServices
{
    public static IServiceCollection AddSlack(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SlackOptions>(configuration.GetSection(SlackOptions.Section));
        services.AddSingleton(sp =>
        {
            var slack = sp.GetRequiredService<IOptions<SlackOptions>>().Value;
            return new SlackApiOptions
            {
                BotToken = slack.BotToken,
                ApiBaseUrl = new Uri(slack.ApiBaseUrl.EndsWith('/') ? slack.ApiBaseUrl : slack.ApiBaseUrl + "/"),
                PostInterval = slack.PostInterval,
                // A 429 fails the call at once with its Retry-After: the outbox retries deliveries, and nothing
                // answered inside a request can wait anyway.
                MaxRetries = 0,
            };
        });
        services.AddBotMetrics().AddHttpClient<SlackApiClient>(http => http.Timeout = TimeSpan.FromSeconds(30));
        services.AddSingleton<SlackPeople>();
        services.AddSingleton<SlackDirectory>();
        services.AddSingleton(sp => new PlatformPeople(SlackPlatform.Name, sp.GetRequiredService<SlackDirectory>()));
        services.AddSingleton<SlackMessages>();
        services.AddSingleton<SlackLateReplies>();
        services.AddHostedService(sp => sp.GetRequiredService<SlackLateReplies>());
        services.AddSingleton<SlackReplies>();
        services.AddSingleton<SlackPlatform>();
        services.AddSingleton(sp => new RoutedPlatform(SlackPlatform.Name, sp.GetRequiredService<SlackPlatform>(), SlackPlatform.Owns));
        services.AddSingleton<IFrontEnd, SlackFrontEnd>();
        services.AddSingleton<SlackRequestReader>();
        services.AddSingleton<SlackCommandEndpoint>();
        services.AddSingleton<SlackInteractionEndpoint>();
        services.AddSingleton<SlackEventEndpoint>();
        if (configuration.GetSection(SlackOptions.Section).Get<SlackOptions>() is { SocketModeConfigured: true })
        {
            services.AddSingleton<SocketModeDispatcher>();
            services.AddHostedService<SocketModeClient>();
        }
        return services;
    }
}
