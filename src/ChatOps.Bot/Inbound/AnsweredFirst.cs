using ChatOps.Bot.Signals;

namespace ChatOps.Bot.Inbound;

/// <summary>Marks an endpoint a platform waits on, so background work gives way while it is handled (<see cref="RequestsInFlight"/>).</summary>
public static class AnsweredFirst
{
    public static RouteHandlerBuilder AnswersFirst(this RouteHandlerBuilder endpoint) =>
        endpoint.AddEndpointFilter(async (context, next) =>
        {
            using var handled = context.HttpContext.RequestServices.GetRequiredService<RequestsInFlight>().Enter();
            return await next(context);
        });
}
