using ChatOps.Bot.Engine;
using ChatOps.Bot.Persistence;
using ChatOps.Bot.Web.Dashboard;
using ChatOps.Core.Engine;
using ChatOps.Core.Runbooks;

namespace ChatOps.Bot.Shell;

/// <summary>Starts the terminal shell on the configured database and runbook, interactively or from a script.</summary>
public static class ShellApp
{
    /// <param name="web">Start the dashboard beside the shell (interactive sessions only; <c>--no-web</c> skips it).</param>
    public static async Task<int> RunAsync(IConfiguration configuration, Runbook runbook, TextReader reader, TextWriter output, TimeProvider time, bool isScript, CancellationToken ct, bool web = true)
    {
        var clock = new ShellClock(time);
        var transcript = new ShellTranscript(output);
        var platform = new ShellPlatform(transcript);
        var services = new ServiceCollection()
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning).AddSimpleConsole(o => o.SingleLine = true))
            .AddSingleton(configuration)
            .AddSingleton<Core.Ports.IChatPlatform>(platform)
            .AddIncidentEngine(configuration, runbook, clock)
            .AddDashboardChanges();
        await using var provider = services.BuildServiceProvider();
        await DatabaseSetup.MigrateAsync(provider, ct);
        clock.Offset = await SavedOffsetAsync(provider, ct);
        await using var dashboard = web && !isScript ? await StartDashboardAsync(provider, configuration, transcript, ct) : null;

        var user = configuration["Shell:User"] is { Length: > 0 } configured ? configured : Environment.UserName;
        var session = new ShellSession(provider, platform, transcript, clock, new ShellInput(reader, transcript, isScript), user);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var ticker = isScript ? Task.CompletedTask : TickAsync(provider, transcript, stop.Token);
        await session.RunAsync(stop.Token);
        await stop.CancelAsync();
        await ticker;
        return 0;
    }

    /// <summary>The dashboard on loopback beside the shell, its address printed; a taken address is said, and the shell goes on.</summary>
    private static async Task<DashboardServer?> StartDashboardAsync(IServiceProvider provider, IConfiguration configuration, ShellTranscript transcript, CancellationToken ct)
    {
        try
        {
            var server = await DashboardServer.StartAsync(provider, configuration, ct);
            var mode = DashboardOptions.Read(configuration).UsesOidc ? "sign in with your identity provider" : "local mode: you are signed in as the shell user";
            transcript.System($"dashboard: {server.Address} ({mode}; --no-web skips it)");
            return server;
        }
        catch (IOException ex)
        {
            transcript.System($"dashboard not started ({ex.Message.TrimEnd('.')}): set Web__Urls to a free loopback address, or start with --no-web");
            return null;
        }
    }

    /// <summary>Fires every reminder due at the shell's clock (incidents' and drill schedules'), in one unit of work.</summary>
    public static Task<int> FireDueAsync(IServiceProvider provider, TimeProvider clock, CancellationToken ct)
    {
        var work = UnitOfWork.ForBot(ShellSession.Platform, clock.GetUtcNow());
        return provider.WithEngineAsync(work, async engine => await engine.FireDueAsync(work, ct: ct) + await engine.FireDrillSchedulesAsync(work, ct), ct);
    }

    private static async Task<TimeSpan> SavedOffsetAsync(IServiceProvider provider, CancellationToken ct)
    {
        await using var scope = provider.CreateAsyncScope();
        var saved = await scope.ServiceProvider.GetRequiredService<SettingsStore>().GetAsync(ShellSession.ClockSetting, ct);
        return long.TryParse(saved, out var ticks) ? TimeSpan.FromTicks(ticks) : TimeSpan.Zero;
    }

    /// <summary>While someone types, reminders still fall due in real time: check once a second; a failed check is retried.</summary>
    private static async Task TickAsync(IServiceProvider provider, ShellTranscript transcript, CancellationToken ct)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        string? lastError = null;
        try
        {
            while (await timer.WaitForNextTickAsync(ct))
            {
                try
                {
                    await FireDueAsync(provider, provider.GetRequiredService<TimeProvider>(), ct);
                    lastError = null;
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    if (ex.Message != lastError) transcript.Reply($"Reminders could not be fired ({ex.Message}); retrying every second.", true);
                    lastError = ex.Message;
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }
}
