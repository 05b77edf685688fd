using ChatOps.Bot.Teams.Connector;
using ChatOps.Bot.Web;
using Microsoft.Extensions.Options;

namespace ChatOps.Bot.Teams.Inbound;

/// <summary>
/// <c>POST /api/messages</c>, the bot's messaging endpoint: the bearer token is checked before anything else, the
/// activity must come through the service URL and channel the token vouches for, from the bot's own tenant, and
/// only then is it handled, answering at the token's service URL (normalised, <see cref="ServiceUrlForm"/>).
/// Anything unverified gets 401 and changes nothing.
/// </summary>
public sealed class TeamsEndpoint(BotFrameworkAuthenticator authenticator, TeamsActivityHandler handler, IOptions<TeamsOptions> options, ILogger<TeamsEndpoint> logger)
{
    public const string Path = "/api/messages";
    public const int MaxBodyBytes = 512 * 1024;

    public async Task<IResult> HandleAsync(HttpContext http)
    {
        var ct = http.RequestAborted;
        var token = await authenticator.CheckAsync(http.Request.Headers.Authorization.ToString(), ct);
        if (!token.IsValid) return Refuse(token.Refusal!);
        var body = await BoundedBody.ReadAsync(http.Request, MaxBodyBytes, ct);
        if (body is null) return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        var activity = TeamsActivity.Parse(body);
        if (activity is null) return TeamsAnswer.BadRequest("The body must be a Bot Framework activity: a JSON object, without repeated keys.").ToResult();
        if (!ServiceUrlForm.TryNormalise(activity.ServiceUrl, out var serviceUrl, out var problem))
            return TeamsAnswer.BadRequest($"The activity's serviceUrl is not a Bot Connector URL the bot can answer at: {problem}.").ToResult();
        if (token.RefusalFor(serviceUrl, activity.ChannelId) is { } refusal) return Refuse(refusal);
        // Answers go where the token vouches for, in one spelling: never to the activity's own spelling of it.
        activity = activity with { ServiceUrl = token.ServiceUrl! };
        if (options.Value.TenantId.Length > 0 && activity.TenantId.Length > 0 && !string.Equals(activity.TenantId, options.Value.TenantId, StringComparison.OrdinalIgnoreCase))
            return Refuse($"the activity comes from tenant {activity.TenantId}, not Teams__TenantId");
        return (await handler.HandleAsync(activity, ct)).ToResult();
    }

    private IResult Refuse(string why)
    {
        logger.LogWarning("Refused a request to {Path}: {Why}", Path, why);
        return TeamsAnswer.Unauthorized(why).ToResult();
    }
}
