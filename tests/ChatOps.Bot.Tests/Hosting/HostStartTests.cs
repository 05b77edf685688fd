using ChatOps.Bot.Protocol;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;

namespace ChatOps.Bot.Tests.Hosting;

/// <summary>
/// The inbox, outbox, reminder and housekeeping workers begin once the host has started, not while it starts
/// (<see cref="HostStart"/>); every test that runs the host shows they still begin.
/// </summary>
public sealed class HostStartTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task A_worker_waits_until_the_host_has_started()
    {
        var lifetime = new ApplicationLifetime(NullLogger<ApplicationLifetime>.Instance);

        var started = lifetime.StartedAsync(CancellationToken.None);
        Assert.False(started.IsCompleted);
        lifetime.NotifyStarted();

        await started.WaitAsync(Wait);
    }

    [Fact]
    public async Task A_worker_begins_at_once_when_the_host_has_already_started()
    {
        var lifetime = new ApplicationLifetime(NullLogger<ApplicationLifetime>.Instance);
        lifetime.NotifyStarted();

        await lifetime.StartedAsync(CancellationToken.None).WaitAsync(Wait);
    }

    [Fact]
    public async Task A_host_stopped_before_it_started_stops_the_wait()
    {
        IHostApplicationLifetime lifetime = new ApplicationLifetime(NullLogger<ApplicationLifetime>.Instance);
        using var stopping = new CancellationTokenSource();

        var started = lifetime.StartedAsync(stopping.Token);
        await stopping.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => started.WaitAsync(Wait));
    }
}
