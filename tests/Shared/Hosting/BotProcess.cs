using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using ChatOps.Bot.Slack.Inbound;

namespace ChatOps.Tests.Shared;

/// <summary>
/// The bot as its own operating-system process (the built ChatOps.Bot.dll run by <c>dotnet</c>), configured through
/// environment variables like a deployment, so a test can kill it without warning and start it again, and a
/// benchmark can time its start and read its memory.
/// </summary>
public sealed class BotProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly List<(string Text, TaskCompletionSource Written)> _waits = [];
    private readonly long _startedAt;

    private BotProcess(Process process, Uri address, long startedAt)
    {
        _process = process;
        Address = address;
        _startedAt = startedAt;
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public Uri Address { get; }

    public int ProcessId => _process.Id;

    /// <summary>From Process.Start until <c>/healthz</c> first answered 200.</summary>
    public TimeSpan StartUp { get; private set; }

    public string Output
    {
        get { lock (_output) { return _output.ToString(); } }
    }

    /// <summary>
    /// Starts the bot in <paramref name="folder"/> and waits until <c>/healthz</c> answers. The address is given as
    /// <c>ASPNETCORE_URLS</c>, or as <c>--urls</c> when <paramref name="urlsArgument"/>. <paramref name="botDll"/> is
    /// another build of the bot to run (a published one), the built ChatOps.Bot.dll when null.
    /// </summary>
    public static async Task<BotProcess> StartAsync(string folder, IReadOnlyDictionary<string, string> environment, TimeSpan timeout, bool urlsArgument = false, string? botDll = null)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}/");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(botDll ?? typeof(SlackEndpoints).Assembly.Location);
        if (urlsArgument)
        {
            start.ArgumentList.Add("--urls");
            start.ArgumentList.Add(address.ToString().TrimEnd('/'));
        }
        else
        {
            start.Environment["ASPNETCORE_URLS"] = address.ToString().TrimEnd('/');
        }
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (key, value) in environment) start.Environment[key] = value;
        var startedAt = Stopwatch.GetTimestamp();
        var bot = new BotProcess(Process.Start(start)!, address, startedAt);
        await bot.WaitHealthyAsync(timeout);
        return bot;
    }

    /// <summary>SIGKILL: no shutdown hooks, no flushing, mid-request.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) Kill();
        _process.Dispose();
        await Task.CompletedTask;
    }

    private async Task WaitHealthyAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited) throw new InvalidOperationException($"The bot exited with {_process.ExitCode}:\n{Output}");
            try
            {
                if ((await http.GetAsync("healthz")).StatusCode == HttpStatusCode.OK)
                {
                    StartUp = Stopwatch.GetElapsedTime(_startedAt);
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }
            // Waiting for another process to open its port: there is no event to wait on.
            await Task.Delay(10);
        }
        throw new TimeoutException($"The bot did not answer /healthz within {timeout}:\n{Output}");
    }

    /// <summary>Resident set size now and at its peak, in MB, from /proc.</summary>
    public (double Resident, double Peak) Memory()
    {
        var status = File.ReadAllLines($"/proc/{_process.Id}/status");
        double Read(string key) => Math.Round(long.Parse(status.First(l => l.StartsWith(key, StringComparison.Ordinal)).Split(':')[1].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) / 1024.0, 1);
        return (Read("VmRSS"), Read("VmHWM"));
    }

    /// <summary>Waits until the bot has written a line containing <paramref name="text"/> (on either stream).</summary>
    public async Task WaitForOutputAsync(string text, TimeSpan timeout)
    {
        var written = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_output)
        {
            if (_output.ToString().Contains(text, StringComparison.Ordinal)) return;
            _waits.Add((text, written));
        }
        try
        {
            await written.Task.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"The bot did not write '{text}' within {timeout}:\n{Output}");
        }
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_output)
        {
            _output.AppendLine(line);
            foreach (var wait in _waits.Where(w => line.Contains(w.Text, StringComparison.Ordinal)).ToList())
            {
                _waits.Remove(wait);
                wait.Written.TrySetResult();
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
