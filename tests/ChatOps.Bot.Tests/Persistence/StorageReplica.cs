using ChatOps.Bot.Outbound;
using ChatOps.Bot.Persistence;
using ChatOps.Tests.Shared;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ChatOps.Bot.Tests.Persistence;

/// <summary>The bot's storage services as one replica sees them: its own service provider, name and clock, on a shared database.</summary>
public sealed class StorageReplica : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 3, 14, 9, 0, 0, TimeSpan.Zero);

    private readonly ServiceProvider _services;

    public StorageReplica(IReadOnlyDictionary<string, string?> database, string name)
    {
        Name = name;
        var settings = new Dictionary<string, string?>(database) { ["Storage:ReplicaName"] = name };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        _services = new ServiceCollection()
            .AddSingleton<TimeProvider>(Time)
            .AddChatOpsDatabase(configuration)
            .AddScoped<SettingsStore>()
            .AddScoped<Inbox>()
            .AddScoped<OutboxStore>()
            .BuildServiceProvider();
    }

    public string Name { get; }
    public FakeTimeProvider Time { get; } = new(Start);
    public TimeSpan Lease => _services.GetRequiredService<StorageOptions>().ClaimLease;

    /// <summary>One of the replica's singletons (its storage options, its write health).</summary>
    public T Service<T>()
        where T : notnull => _services.GetRequiredService<T>();

    public Task MigrateAsync() => DatabaseSetup.MigrateAsync(_services);

    /// <summary>Runs <paramref name="work"/> in a fresh scope: a new DbContext, as one unit of work would have.</summary>
    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = _services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public Task InScopeAsync(Func<IServiceProvider, Task> work) => InScopeAsync(async sp =>
    {
        await work(sp);
        return true;
    });

    public Task<T> StoreAsync<T>(Func<EfIncidentStore, Task<T>> work) =>
        InScopeAsync(sp => work((EfIncidentStore)sp.GetRequiredService<Core.Ports.IIncidentStore>()));

    public Task StoreAsync(Func<EfIncidentStore, Task> work) =>
        InScopeAsync(sp => work((EfIncidentStore)sp.GetRequiredService<Core.Ports.IIncidentStore>()));

    public Task<T> InboxAsync<T>(Func<Inbox, Task<T>> work) => InScopeAsync(sp => work(sp.GetRequiredService<Inbox>()));

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
