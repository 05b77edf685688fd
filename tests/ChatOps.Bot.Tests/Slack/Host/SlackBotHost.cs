using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using System.Text;
using ChatOps.Bot.Hosting;
using ChatOps.Bot.Outbound;
using Microsoft.EntityFrameworkCore;
using ChatOps.Bot.Persistence;
using ChatOps.Bot.Runbooks;
using ChatOps.Bot.Slack.Inbound;
using ChatOps.Tests.Shared;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace ChatOps.Bot.Tests.Slack.Host;

/// <summary>The real bot host on a loopback port, on a SQLite file in a temp folder, with a manual clock and signed requests.</summary>
public sealed class SlackBotHost : IAsyncDisposable
{
    public const string SigningSecret = "8f742231b10e8888abcd99yyyzzz85a5";
    public static readonly DateTimeOffset Start = new(2026, 3, 14, 9, 0, 0, TimeSpan.Zero);

    private readonly WebApplication _app;

    private SlackBotHost(WebApplication app, string folder, ManualTimeProvider time)
    {
        _app = app;
        Folder = folder;
        Time = time;
    }

    public string Folder { get; }
    public ManualTimeProvider Time { get; }
    public HttpClient Client { get; } = new();
    public IServiceProvider Services => _app.Services;
    public string PostMortemFolder => Path.Combine(Folder, "postmortems");

    public static async Task<SlackBotHost> StartAsync(string apiBaseUrl, string? folder = null, ManualTimeProvider? time = null, Dictionary<string, string?>? extra = null)
    {
        folder ??= Directory.CreateTempSubdirectory("chatops-slack-").FullName;
        time ??= new ManualTimeProvider(Start);
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:ChatOps"] = $"Data Source={Path.Combine(folder, "chatops.db")};Pooling=False",
            ["PostMortems:Directory"] = Path.Combine(folder, "postmortems"),
            ["Slack:SigningSecret"] = SigningSecret,
            ["Slack:BotToken"] = "xoxb-test-token",
            ["Slack:ApiBaseUrl"] = apiBaseUrl,
            ["Slack:PostInterval"] = "00:00:00",
            ["Slack:AnnounceChannel"] = "CANNOUNCE",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in extra ?? []) settings[key] = value;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var app = BotHost.Build(["--urls", "http://127.0.0.1:0"], configuration, RunbookSource.LoadEmbedded().Runbook!, time);
        await DatabaseSetup.MigrateAsync(app.Services);
        await app.StartAsync();
        var host = new SlackBotHost(app, folder, time);
        host.Client.BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return host;
    }

    /// <summary>Posts a body signed as Slack signs it, at the host's current time unless told otherwise.</summary>
    public Task<HttpResponseMessage> PostSignedAsync(string path, string body, string contentType, DateTimeOffset? signedAt = null, string? signature = null)
    {
        var timestamp = (signedAt ?? Time.GetUtcNow()).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        request.Headers.Add("X-Slack-Signature", signature ?? new SlackSignature(SigningSecret, Time).Sign(timestamp, Encoding.UTF8.GetBytes(body)));
        return Client.SendAsync(request);
    }

    public Task<HttpResponseMessage> PostFormAsync(string path, string body, DateTimeOffset? signedAt = null, string? signature = null) =>
        PostSignedAsync(path, body, "application/x-www-form-urlencoded", signedAt, signature);

    public Task<HttpResponseMessage> PostJsonAsync(string path, string body, DateTimeOffset? signedAt = null, string? signature = null) =>
        PostSignedAsync(path, body, "application/json", signedAt, signature);

    /// <summary>Fires due reminders now, as the reminder worker does every second.</summary>
    public Task<int> FireDueAsync() => Services.WithEngineAsync(engine => engine.FireDueAsync());

    /// <summary>
    /// Waits until the inbox worker has carried out every stored intent and the outbox worker has delivered every
    /// effect that is due now (effects waiting for a retry stay queued).
    /// </summary>
    public async Task InboxIdleAsync()
    {
        await WaitIdleAsync(Services.GetRequiredService<InboxSignal>(), async sp => await sp.GetRequiredService<Inbox>().AnyPendingAsync(CancellationToken.None), "inbox");
        await WaitIdleAsync(Services.GetRequiredService<OutboxSignal>(), async sp => (await sp.GetRequiredService<OutboxStore>().ReadyHeadsAsync(Time.GetUtcNow(), 1, CancellationToken.None)).Count > 0 || await InFlightAsync(sp), "outbox");
    }

    private static async Task<bool> InFlightAsync(IServiceProvider services) =>
        await services.GetRequiredService<ChatOpsDbContext>().Outbox.AnyAsync(e => e.Status == EffectStatus.Pending && e.ClaimedBy != null);

    private async Task WaitIdleAsync(WorkSignal signal, Func<IServiceProvider, Task<bool>> busy, string what)
    {
        for (var round = 0; round < 100; round++)
        {
            var idle = signal.NextIdle;
            await using (var scope = Services.CreateAsyncScope())
                if (!await busy(scope.ServiceProvider)) return;
            signal.Wake();
            await idle.WaitAsync(TimeSpan.FromSeconds(15));
        }
        await using var dump = Services.CreateAsyncScope();
        var rows = await dump.ServiceProvider.GetRequiredService<ChatOpsDbContext>().Outbox.AsNoTracking().ToListAsync();
        throw new TimeoutException($"The {what} never emptied. Outbox at {Time.GetUtcNow():O}:\n" + string.Join("\n", rows.Select(r => $"{r.Id} {r.Queue} {r.Kind} {r.Status} attempts={r.Attempts} next={r.NextAttemptAt:O} claim={r.ClaimedBy}/{r.ClaimedUntil:O} {r.LastError}")));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
