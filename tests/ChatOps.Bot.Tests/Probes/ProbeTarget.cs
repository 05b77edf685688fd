using System.Text;
using ChatOps.Bot.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ChatOps.Bot.Tests.Probes;

/// <summary>
/// A service on loopback with the health endpoints a probe meets: healthy, degraded, down (taking 120 ms on the
/// manual clock), slow (never answers), huge (an endless body), redirecting here and elsewhere, one needing a key, and
/// one whose answer a test switches (<see cref="SwitchStatus"/>).
/// </summary>
public sealed class ProbeTarget : IAsyncDisposable
{
    private LoopbackHttpServer _server = null!;
    private int _hits;
    private int _switchStatus = 200;

    /// <summary>Completed when the slow endpoint has received its request.</summary>
    public TaskCompletionSource SlowArrived { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public int Hits => Volatile.Read(ref _hits);

    /// <summary>What <c>/switch</c> answers: 200 with <c>{"status":"ok"}</c>, or this status with an error page.</summary>
    public int SwitchStatus
    {
        get => Volatile.Read(ref _switchStatus);
        set => Volatile.Write(ref _switchStatus, value);
    }

    public Uri Root => _server.Root;

    public Uri Url(string path) => _server.Url(path);

    public static async Task<ProbeTarget> StartAsync(FakeTimeProvider time, Uri? elsewhere = null)
    {
        var target = new ProbeTarget();
        target._server = await LoopbackHttpServer.StartAsync(app =>
        {
            app.Use(async (context, next) =>
            {
                Interlocked.Increment(ref target._hits);
                await next(context);
            });
            app.MapGet("/health", () => Results.Text("""{"status":"ok","checks":{"db":{"status":"ok"}},"regions":[{"name":"eu","up":true}]}""", "application/json"));
            app.MapGet("/degraded", () => Results.Text("""{"status":"degraded","checks":{"db":{"status":"timeout"}}}""", "application/json"));
            app.MapGet("/down", () =>
            {
                time.Advance(TimeSpan.FromMilliseconds(120));
                return Results.Text("<html><body>\n<h1>503 Service Unavailable</h1>\u202Egnp.lmth\u202C\r\nNo server is available.</body></html>", "text/html", statusCode: 503);
            });
            app.MapGet("/slow", async (HttpContext context) =>
            {
                target.SlowArrived.TrySetResult();
                await Task.Delay(Timeout.Infinite, context.RequestAborted).ContinueWith(_ => { });
            });
            app.MapGet("/huge", async (HttpContext context) =>
            {
                context.Response.ContentType = "application/json";
                var chunk = Encoding.UTF8.GetBytes("{\"status\":\"ok\",\"padding\":\"" + new string('x', 64 * 1024));
                try
                {
                    while (!context.RequestAborted.IsCancellationRequested) await context.Response.Body.WriteAsync(chunk, context.RequestAborted);
                }
                catch (Exception e) when (e is OperationCanceledException or IOException)
                {
                    // The probe stopped reading and went away: the endless body ends here.
                }
            });
            app.MapGet("/switch", () => target.SwitchStatus == 200
                ? Results.Text("""{"status":"ok"}""", "application/json")
                : Results.Text("Service Unavailable: upstream <!channel> is down", "text/plain", statusCode: target.SwitchStatus));
            app.MapGet("/not-json", () => Results.Text("ok", "text/plain"));
            app.MapGet("/here", () => Results.Redirect("/health"));
            app.MapGet("/loop", () => Results.Redirect("/loop"));
            app.MapGet("/away", () => Results.Redirect(new Uri(elsewhere ?? new Uri("http://127.0.0.1:9/"), "health").ToString()));
            app.MapGet("/other-host", (HttpContext context) => Results.Redirect($"http://127.0.0.2:{context.Request.Host.Port}/health"));
            app.MapGet("/keyed", (HttpContext context) => context.Request.Headers["X-Api-Key"] == "probe-key" ? Results.Ok() : Results.Unauthorized());
        });
        return target;
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
