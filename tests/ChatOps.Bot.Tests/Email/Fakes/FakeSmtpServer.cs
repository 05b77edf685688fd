using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Mail;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace ChatOps.Bot.Tests.Email.Fakes;

/// <summary>
/// A real SMTP server (the SmtpServer package) on a loopback port in the test process: it keeps every message it
/// accepts, parsed with MimeKit, refuses the recipients in <see cref="Refused"/> with 550 at RCPT, and can be stopped
/// and started again on the same port (a mail server that is down, then back).
/// </summary>
public sealed class FakeSmtpServer : IAsyncDisposable
{
    private readonly ConcurrentQueue<MimeMessage> _received = new();
    private TaskCompletionSource _arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ConcurrentQueue<string> _envelopes = new();
    private SmtpServer.SmtpServer? _server;
    private CancellationTokenSource? _stop;

    private FakeSmtpServer(int port) => Port = port;

    public int Port { get; }

    /// <summary>Recipients answered 550 at RCPT TO.</summary>
    public ConcurrentDictionary<string, bool> Refused { get; } = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<MimeMessage> Received => _received.ToList();

    /// <summary>"from -> to" of each accepted transaction, as the envelope said.</summary>
    public IReadOnlyList<string> Envelopes => _envelopes.ToList();

    /// <summary>A server on a free loopback port; not listening until <see cref="StartAsync"/> when <paramref name="listen"/> is false.</summary>
    public static async Task<FakeSmtpServer> StartAsync(bool listen = true)
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        var server = new FakeSmtpServer(port);
        if (listen) await server.StartAsync();
        return server;
    }

    public async Task StartAsync()
    {
        var options = new SmtpServerOptionsBuilder()
            .ServerName("smtp.test")
            .Endpoint(b => b.Endpoint(new IPEndPoint(IPAddress.Loopback, Port)))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Store(this));
        services.Add(new DelegatingMailboxFilter((_, _) => true, (_, to, _) => !Refused.ContainsKey(to.AsAddress())));
        var listeners = new SmtpServer.Net.EndpointListenerFactory();
        var listening = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        listeners.EndpointStarted += (_, _) => listening.TrySetResult();
        services.Add(listeners);
        _stop = new CancellationTokenSource();
        _server = new SmtpServer.SmtpServer(options, services);
        var running = _server.StartAsync(_stop.Token);
        // Listening once the endpoint says so; a server that stops first (a port taken) says why.
        if (await Task.WhenAny(listening.Task, running).WaitAsync(TimeSpan.FromSeconds(10)) != listening.Task)
        {
            await running;
            throw new InvalidOperationException($"The fake SMTP server stopped before listening on port {Port}.");
        }
    }

    public async Task StopAsync()
    {
        if (_server is null) return;
        _server.Shutdown();
        _stop!.Cancel();
        await _server.ShutdownTask.WaitAsync(TimeSpan.FromSeconds(10)).ContinueWith(_ => { }, TaskScheduler.Default);
        _server = null;
    }

    /// <summary>The first received message that matches, waiting for arrivals (the timeout is a wall-clock safety bound).</summary>
    public async Task<MimeMessage> WaitForMessageAsync(Func<MimeMessage, bool> match, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (true)
        {
            // Take the signal before looking, so a message that arrives in between wakes the wait.
            var arrived = Volatile.Read(ref _arrived).Task;
            if (_received.FirstOrDefault(match) is { } found) return found;
            var left = until - DateTime.UtcNow;
            if (left <= TimeSpan.Zero || await Task.WhenAny(arrived, Task.Delay(left)) != arrived) break;
        }
        throw new TimeoutException("No such message reached the fake SMTP server; received: " + string.Join("; ", _received.Select(m => m.Subject)));
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    private sealed class Store(FakeSmtpServer owner) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            owner._received.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            Interlocked.Exchange(ref owner._arrived, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
            owner._envelopes.Enqueue($"{transaction.From.AsAddress()} -> {string.Join(", ", transaction.To.Select(t => t.AsAddress()))}");
            return SmtpResponse.Ok;
        }
    }
}
