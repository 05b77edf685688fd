using ChatOps.Bot.Signals;
using Microsoft.Extensions.Time.Testing;

namespace ChatOps.Bot.Tests.Hosting;

/// <summary>
/// Acknowledgements first: background work (carrying out intents, delivering the outbox) gives way while a request a
/// platform waits on is being handled, and goes ahead once none is, or after <see cref="RequestsInFlight.MostAtOnce"/>
/// when requests keep coming. On a fake clock: nothing here waits on the wall clock.
/// </summary>
public class RequestsInFlightTests
{
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.Parse("2026-12-05T09:00:00Z"));

    [Fact]
    public async Task Work_goes_ahead_at_once_when_no_request_has_been_handled_for_a_moment()
    {
        var requests = new RequestsInFlight(_clock);
        await requests.GiveWayAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));
        requests.Enter().Dispose();
        _clock.Advance(RequestsInFlight.Settle);

        await requests.GiveWayAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(0, requests.Count);
    }

    [Fact]
    public async Task A_gap_of_a_fraction_of_a_millisecond_in_a_burst_is_not_a_quiet_moment()
    {
        var requests = new RequestsInFlight(_clock);
        var answered = requests.Enter();
        var giving = requests.GiveWayAsync(CancellationToken.None);

        answered.Dispose();
        _clock.Advance(RequestsInFlight.Settle / 2);
        Assert.False(giving.IsCompleted);
        using var next = requests.Enter();
        _clock.Advance(RequestsInFlight.Settle);
        Assert.False(giving.IsCompleted);

        await GoesAheadOnceAnsweredAsync(next, giving);
    }

    [Fact]
    public async Task Work_waits_while_requests_are_handled_and_goes_ahead_when_the_last_is_answered()
    {
        var requests = new RequestsInFlight(_clock);
        var first = requests.Enter();
        var second = requests.Enter();

        var giving = requests.GiveWayAsync(CancellationToken.None);
        first.Dispose();
        first.Dispose(); // a second dispose of the same request counts nothing
        Assert.False(giving.IsCompleted);
        Assert.Equal(1, requests.Count);

        await GoesAheadOnceAnsweredAsync(second, giving);
        Assert.Equal(0, requests.Count);
    }

    [Fact]
    public async Task Work_goes_ahead_after_the_bound_when_requests_keep_coming()
    {
        var requests = new RequestsInFlight(_clock);
        using var endless = requests.Enter();

        var giving = requests.GiveWayAsync(CancellationToken.None);
        _clock.Advance(RequestsInFlight.MostAtOnce - TimeSpan.FromMilliseconds(1));
        requests.Enter().Dispose(); // others come and go meanwhile
        Assert.False(giving.IsCompleted);

        _clock.Advance(TimeSpan.FromMilliseconds(1));
        await giving.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(1, requests.Count);
    }

    [Fact]
    public async Task A_new_burst_after_a_quiet_moment_makes_work_wait_again()
    {
        var requests = new RequestsInFlight(_clock);
        requests.Enter().Dispose();
        _clock.Advance(RequestsInFlight.Settle);
        await requests.GiveWayAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));
        var next = requests.Enter();

        var giving = requests.GiveWayAsync(CancellationToken.None);
        Assert.False(giving.IsCompleted);

        await GoesAheadOnceAnsweredAsync(next, giving);
    }

    [Fact]
    public async Task Stopping_the_host_ends_the_wait()
    {
        var requests = new RequestsInFlight(_clock);
        using var held = requests.Enter();
        using var stopping = new CancellationTokenSource();

        var giving = requests.GiveWayAsync(stopping.Token);
        await stopping.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => giving.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task A_request_waiting_for_the_work_itself_steps_aside_and_counts_again_after()
    {
        var requests = new RequestsInFlight(_clock);
        using var waiting = requests.Enter();

        var aside = requests.StepAside();
        _clock.Advance(RequestsInFlight.Settle);
        await requests.GiveWayAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));
        aside.Dispose();
        aside.Dispose(); // counted again once

        Assert.Equal(1, requests.Count);
        Assert.False(requests.GiveWayAsync(CancellationToken.None).IsCompleted);
    }

    /// <summary>Answers the last request being handled and lets the requests settle: the work that gave way goes ahead.</summary>
    private async Task GoesAheadOnceAnsweredAsync(IDisposable last, Task giving)
    {
        last.Dispose();
        _clock.Advance(RequestsInFlight.Settle);
        await giving.WaitAsync(TimeSpan.FromSeconds(10));
    }
}
