using ChatOps.Bot.Teams;
using ChatOps.Bot.Tests.Teams.Fakes;
using ChatOps.Tests.Shared;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChatOps.Bot.Tests.Teams.Connector;

/// <summary>The outbound clients alone, on their own manual clock (so a test knows every timer is theirs), against a fake.</summary>
public sealed class TeamsClients : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private TeamsClients(ServiceProvider services, TimerCountingFakeTimeProvider time, FakeTeamsServer teams)
    {
        _services = services;
        Time = time;
        Teams = teams;
    }

    public TimerCountingFakeTimeProvider Time { get; }
    public FakeTeamsServer Teams { get; }

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    public static async Task<TeamsClients> StartAsync(Dictionary<string, string?>? extra = null)
    {
        var teams = await FakeTeamsServer.StartAsync();
        var settings = teams.BotSettings();
        foreach (var (key, value) in extra ?? []) settings[key] = value;
        var time = new TimerCountingFakeTimeProvider(Support.LoopbackBotHost.Start);
        var services = new ServiceCollection()
            .AddLogging(l => l.SetMinimumLevel(LogLevel.Warning))
            .AddSingleton<TimeProvider>(time)
            .AddTeamsClients(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .BuildServiceProvider();
        return new TeamsClients(services, time, teams);
    }

    /// <summary>Waits until the call under test sleeps on the clock, then moves the clock on by <paramref name="step"/>.</summary>
    public async Task AdvanceWhenWaitingAsync(TimeSpan step)
    {
        await Time.WaitForPendingTimersAsync().WaitAsync(TimeSpan.FromSeconds(15));
        Time.Advance(step);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Teams.DisposeAsync();
    }
}
