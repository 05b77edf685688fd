using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using ChatOps.Bot.Hosting;

namespace ChatOps.Bench;

/// <summary>
/// The bot as its own process (the built ChatOps.Bot.dll under <c>dotnet</c>, configured by environment variables like
/// a deployment), so its start-up time and resident memory are its own and not the benchmark's.
/// </summary>
public sealed class ChildBot : IAsyncDisposable
{
    private readonly Process _process;

    private ChildBot(Process process, Uri address, TimeSpan startUp)
    {
        _process = process;
        Address = address;
        StartUp = startUp;
    }

    public Uri Address { get; }

    /// <summary>From Process.Start until <c>/healthz</c> first answered 200.</summary>
    public TimeSpan StartUp { get; }

    public static async Task<ChildBot> StartAsync(string folder, IReadOnlyDictionary<string, string?> settings)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}/");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(typeof(BotHost).Assembly.Location);
        start.Environment["ASPNETCORE_URLS"] = address.ToString().TrimEnd('/');
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (key, value) in settings) start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        var clock = Stopwatch.StartNew();
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is { Length: > 0 }) Console.Error.WriteLine($"  bot: {e.Data}"); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(2) };
        while (clock.Elapsed < TimeSpan.FromMinutes(2))
        {
            if (process.HasExited) throw new InvalidOperationException($"The bot exited with {process.ExitCode} before it was ready.");
            try
            {
                if ((await http.GetAsync("healthz")).StatusCode == HttpStatusCode.OK) return new ChildBot(process, address, clock.Elapsed);
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }
            // Another process opening its port raises no event here; look again shortly.
            await Task.Delay(10);
        }
        process.Kill(entireProcessTree: true);
        throw new TimeoutException("The bot did not answer /healthz within 2 minutes.");
    }

    /// <summary>Resident set size now and at its peak, in MB, from /proc.</summary>
    public (double Resident, double Peak) Memory()
    {
        var status = File.ReadAllLines($"/proc/{_process.Id}/status");
        double Read(string key) => Math.Round(long.Parse(status.First(l => l.StartsWith(key, StringComparison.Ordinal)).Split(':')[1].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) / 1024.0, 1);
        return (Read("VmRSS"), Read("VmHWM"));
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
