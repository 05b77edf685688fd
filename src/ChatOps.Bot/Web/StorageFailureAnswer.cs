using ChatOps.Bot.Persistence;

namespace ChatOps.Bot.Web;

/// <summary>
/// A request that failed because the database cannot store anything (<see cref="StorageFaults"/>) is answered 503 with
/// <c>Retry-After</c> and a plain sentence, in one log line instead of a stack trace: never a 200, so nothing is
/// acknowledged that was not stored. Slack shows the person that the command failed and sends an event again later;
/// the database error itself is left to the log, <c>/healthz</c> and <c>/readyz</c>.
/// </summary>
public static class StorageFailureAnswer
{
    public const string Message = "Not stored: the bot's database is not taking writes right now, so nothing was done. Please try again in a minute.";
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(60);

    public static IApplicationBuilder UseStorageFailureAnswer(this IApplicationBuilder app)
    {
        var logger = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(StorageFailureAnswer));
        return app.Use(async (http, next) =>
        {
            try
            {
                await next(http);
            }
            catch (Exception ex) when (!http.Response.HasStarted && StorageFaults.Describe(ex) is { } error)
            {
                logger.LogError("Could not store a request to {Path}, answered 503: {Error}", http.Request.Path.Value, error);
                http.Response.Clear();
                http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                http.Response.Headers.RetryAfter = ((int)RetryAfter.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
                http.Response.ContentType = "text/plain; charset=utf-8";
                await http.Response.WriteAsync(Message, http.RequestAborted);
            }
        });
    }
}
