using System.Diagnostics;

namespace ChatOps.Bot.Observability;

/// <summary>
/// Times the answer to every request routed to a POST endpoint (the chat platforms' webhooks: Slack's commands,
/// interactions and events, Teams' messages) and records it in <see cref="AcknowledgementMetrics"/> under the route.
/// Requests that match no route (scanners, typos) are not counted, so the endpoint label stays a short fixed list.
/// </summary>
public static class AcknowledgementTiming
{
    public static IApplicationBuilder UseAcknowledgementTiming(this IApplicationBuilder app)
    {
        var metrics = app.ApplicationServices.GetRequiredService<AcknowledgementMetrics>();
        return app.Use(async (http, next) =>
        {
            if (EndpointOf(http) is not { } endpoint)
            {
                await next(http);
                return;
            }
            var started = Stopwatch.GetTimestamp();
            var status = StatusCodes.Status500InternalServerError;
            try
            {
                await next(http);
                status = http.Response.StatusCode;
            }
            finally
            {
                metrics.Answered(endpoint, status, Stopwatch.GetElapsedTime(started));
            }
        });
    }

    private static string? EndpointOf(HttpContext http) =>
        http.GetEndpoint() is RouteEndpoint route
        && route.Metadata.GetMetadata<IHttpMethodMetadata>() is { } methods
        && methods.HttpMethods.Contains(HttpMethods.Post)
        && HttpMethods.IsPost(http.Request.Method)
            ? route.RoutePattern.RawText
            : null;
}
