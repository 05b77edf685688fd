using ChatOps.Bot.Observability;
using ChatOps.Bot.Outbound;
using ChatOps.Bot.Persistence;
using ChatOps.Core.Engine;
using ChatOps.Core.Ports;
using ChatOps.Core.Runbooks;
using Microsoft.EntityFrameworkCore;

namespace ChatOps.Bot.Engine;

/// <summary>Wires the engine: runbook, database, post-mortem archive, clock, people, and a scoped <see cref="IncidentEngine"/>.</summary>
public static class EngineServices
{
    public static IServiceCollection AddIncidentEngine(this IServiceCollection services, IConfiguration configuration, Runbook runbook, TimeProvider time)
    {
        services.AddSingleton(runbook);
        services.AddSingleton(time);
        services.AddSingleton<EngineGate>();
        services.AddSingleton<IPostMortemArchive, FilePostMortemArchive>();
        services.AddChatOpsDatabase(configuration);
        services.AddScoped<SettingsStore>();
        services.AddScoped<IncidentEngine>();
        services.AddScoped<PendingEvents>();
        services.AddScoped<IIncidentEvents>(sp => sp.GetRequiredService<PendingEvents>());
        services.AddSingleton<IIncidentEventObserver, IncidentEventLog>();
        services.AddBotMetrics().AddSingleton<IIncidentEventObserver, IncidentEventMetrics>();
        services.AddScoped<EffectsFor>();
        services.AddScoped<IPeopleDirectory, PeopleDirectories>();
        return services;
    }

    /// <summary>
    /// Runs one unit of work on the engine, serialised with every other in this process, in its own scope and one
    /// transaction: the incident, its reminders, the outbound effects it caused and (when carrying out a stored intent)
    /// the intent's completion commit together or not at all. The outbox worker is woken after the commit. When
    /// another replica changed the same incident first, everything is rolled back and the work runs again from
    /// scratch on fresh state (<see cref="ConflictRetry"/>). The effects it records are <paramref name="unit"/>'s, and
    /// when it carries out a stored intent (<see cref="UnitOfWork.IntentId"/>) that intent is marked done in the same
    /// transaction, so it changes state once even if the process dies right after.
    /// </summary>
    public static async Task<T> WithEngineAsync<T>(this IServiceProvider services, UnitOfWork unit, Func<IncidentEngine, Task<T>> work, CancellationToken ct = default)
    {
        // The span covers the wait for the gate too: a unit of work that queued behind a slow one shows it.
        using var span = BotActivity.Source.StartActivity("engine unit of work");
        span?.SetTag("chatops.platform", unit.Platform);
        span?.SetTag("chatops.intent_id", unit.IntentId);
        try
        {
            return await RunAsync(services, unit, work, ct);
        }
        catch (Exception ex)
        {
            span?.SetStatus(System.Diagnostics.ActivityStatusCode.Error, ex.Message);
            throw;
        }
    }

    private static Task<T> RunAsync<T>(IServiceProvider services, UnitOfWork unit, Func<IncidentEngine, Task<T>> work, CancellationToken ct) =>
        services.GetRequiredService<EngineGate>().RunAsync(() => services.GetRequiredService<SqliteWriteGate>().RunAsync(() => ConflictRetry.RunAsync(async () =>
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ChatOpsDbContext>();
            scope.ServiceProvider.GetRequiredService<EffectsFor>().Begin(unit);
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var result = await work(scope.ServiceProvider.GetRequiredService<IncidentEngine>());
            await db.SaveChangesAsync(ct);
            if (unit.IntentId is { } intent)
            {
                var now = unit.At;
                await db.Inbox.Where(r => r.Id == intent && r.ProcessedAt == null).ExecuteUpdateAsync(s => s.SetProperty(r => r.ProcessedAt, now), ct);
            }
            await transaction.CommitAsync(ct);
            Publish(scope.ServiceProvider);
            scope.ServiceProvider.GetService<PendingProbeRequests>()?.Commit();
            scope.ServiceProvider.GetService<OutboxSignal>()?.Wake();
            return result;
        }), ct), ct);

    /// <summary>
    /// Runs read-only work (list, status, opening a form, validating fields) in its own scope without waiting for
    /// the gate, so answers that must come within Slack's 3 seconds never queue behind a slow declaration.
    /// </summary>
    public static async Task<T> ReadEngineAsync<T>(this IServiceProvider services, Func<IncidentEngine, Task<T>> work)
    {
        await using var scope = services.CreateAsyncScope();
        var result = await work(scope.ServiceProvider.GetRequiredService<IncidentEngine>());
        Publish(scope.ServiceProvider);
        return result;
    }

    /// <summary>Tells the observers what the committed unit of work did.</summary>
    private static void Publish(IServiceProvider scoped) =>
        scoped.GetRequiredService<PendingEvents>().Commit(
            scoped.GetServices<IIncidentEventObserver>(),
            scoped.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(EngineServices)));
}
