using ChatOps.Bot.Inbound;

namespace ChatOps.Bot.Alerts;

/// <summary>One URL per monitoring tool: <c>/alerts/alertmanager</c>, <c>/alerts/grafana</c>, <c>/alerts/pagerduty</c>, <c>/alerts/sentry</c>.</summary>
public static class AlertEndpoints
{
    public static string PathOf(AlertSource source) => "/alerts/" + source.Name();

    public static IEndpointRouteBuilder MapAlertEndpoints(this IEndpointRouteBuilder app)
    {
        foreach (var source in Enum.GetValues<AlertSource>())
            app.MapPost(PathOf(source), (HttpContext http, AlertWebhook webhook) => webhook.HandleAsync(http, source)).AnswersFirst();
        return app;
    }
}
