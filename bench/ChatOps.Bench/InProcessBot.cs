using System.Collections.Concurrent;
using ChatOps.Bot.Host;
using ChatOps.Bot.Persistence;
using ChatOps.Bot.Runbooks;
using ChatOps.Bot.Slack.Inbound;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace ChatOps.Bench;

/// <summary>
/// The real bot host (BotHost.Build: the same endpoints, workers and database code as production) on a loopback port
/// with the system clock, plus the bare endpoint <c>POST /bench/bare</c> on the same server: it reads the body, checks
/// Slack's signature and answers 200, the floor under any Slack endpoint of this stack.
/// </summary>
public sealed class InProcessBot : IAsyncDisposable
{
    public const string BarePath = "/bench/bare";
    private const int MaxBody = 64 * 1024;

    private static readonly ConcurrentDictionary<string, long> AcknowledgedBy = new(StringComparer.Ordinal);

    private readonly WebApplication _app;

    private InProcessBot(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    public Uri Address { get; }
    public IServiceProvider Services => _app.Services;

    /// <summary>Slash commands answered 200 by every bot that ran on <paramref name="connectionString"/>'s database in this process.</summary>
    public static long Acknowledged(string connectionString) => AcknowledgedBy.GetValueOrDefault(connectionString);

    /// <summary>Builds the host, migrates its database, lets <paramref name="beforeStart"/> fill it (seeding), then starts it.</summary>
    public static async Task<InProcessBot> StartAsync(IReadOnlyDictionary<string, string?> settings, Func<IServiceProvider, Task>? beforeStart = null)
    {
        var app = Build(settings);
        var signature = new SlackSignature(BotSettings.SigningSecret, TimeProvider.System);
        var database = settings["ConnectionStrings:ChatOps"] ?? "";
        app.Use(async (http, next) =>
        {
            await next(http);
            if (http.Response.StatusCode == StatusCodes.Status200OK && http.Request.Path == SlackEndpoints.Commands)
                AcknowledgedBy.AddOrUpdate(database, 1, (_, n) => n + 1);
        });
        app.MapPost(BarePath, async (HttpContext http) =>
        {
            var buffer = new MemoryStream();
            await http.Request.Body.CopyToAsync(buffer, http.RequestAborted);
            if (buffer.Length > MaxBody) return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
            var valid = signature.IsValid(http.Request.Headers["X-Slack-Request-Timestamp"], http.Request.Headers["X-Slack-Signature"], buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
            return valid ? Results.Ok() : Results.Unauthorized();
        });
        await DatabaseSetup.MigrateAsync(app.Services);
        if (beforeStart is not null) await beforeStart(app.Services);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new InProcessBot(app, new Uri(address.TrimEnd('/') + "/"));
    }

    /// <summary>Migrates the configured database and fills it, without starting the host (for a bot run as its own process).</summary>
    public static async Task SeedAsync(IReadOnlyDictionary<string, string?> settings, Func<IServiceProvider, Task> seed)
    {
        await using var app = Build(settings);
        await DatabaseSetup.MigrateAsync(app.Services);
        await seed(app.Services);
    }

    private static WebApplication Build(IReadOnlyDictionary<string, string?> settings) =>
        BotHost.Build(["--urls", "http://127.0.0.1:0"], new ConfigurationBuilder().AddInMemoryCollection(settings).Build(), RunbookSource.LoadEmbedded().Runbook!, TimeProvider.System);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
