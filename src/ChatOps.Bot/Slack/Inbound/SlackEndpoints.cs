using ChatOps.Bot.Inbound;

namespace ChatOps.Bot.Slack.Inbound;

/// <summary>Slack's three request URLs; each verifies, records the intent and answers within Slack's 3 seconds.</summary>
public static class SlackEndpoints
{
    public const string Commands = "/slack/commands";
    public const string Interactions = "/slack/interactions";
    public const string Events = "/slack/events";

    public static IEndpointRouteBuilder MapSlackEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost(Commands, (HttpContext http, SlackCommandEndpoint endpoint) => endpoint.HandleAsync(http)).AnswersFirst();
        app.MapPost(Interactions, (HttpContext http, SlackInteractionEndpoint endpoint) => endpoint.HandleAsync(http)).AnswersFirst();
        app.MapPost(Events, (HttpContext http, SlackEventEndpoint endpoint) => endpoint.HandleAsync(http)).AnswersFirst();
        return app;
    }
}
