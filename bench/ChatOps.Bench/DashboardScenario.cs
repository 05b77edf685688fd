using System.Diagnostics;
using System.Globalization;
using ChatOps.Bot.Web.Dashboard;

namespace ChatOps.Bench;

/// <summary>
/// Benchmark 5: the web dashboard's server time with <see cref="BenchOptions.OpenIncidents"/> incidents in the database
/// (mostly past, some private; <see cref="DashboardSeeder"/>). The real bot host runs with the dashboard beside it in
/// local mode (signed in as a person who is no admin, so the private-incident rule is applied), and each page is asked
/// for one request at a time on loopback, so the time is the server's: the incidents page, filtered, a deep page, the
/// JSON list, and one incident's page.
/// </summary>
public sealed class DashboardScenario(BenchOptions options)
{
    private const int Requests = 100;
    private const int WarmUp = 5;

    public async Task<DashboardResult> RunAsync(string folder)
    {
        await using var slack = await LeanSlack.StartAsync();
        var settings = BotSettings.For(slack, folder, "sqlite", BotSettings.SqliteConnection(folder), announce: false);
        settings["Web:Urls"] = "http://127.0.0.1:0";
        settings["Shell:User"] = "bench-reader";
        await using var bot = await InProcessBot.StartAsync(settings, services => DashboardSeeder.SeedAsync(services, options.OpenIncidents));
        await using var dashboard = await DashboardServer.StartAsync(bot.Services, new ConfigurationBuilder().AddInMemoryCollection(settings).Build(), CancellationToken.None);
        using var http = new HttpClient { BaseAddress = new Uri(dashboard.Address.TrimEnd('/') + "/"), Timeout = TimeSpan.FromSeconds(30) };

        // Not a multiple of 20: a public incident (see DashboardSeeder).
        var number = DashboardSeeder.Number(options.OpenIncidents / 2 + 1);
        var result = new DashboardResult(
            options.OpenIncidents,
            await TimeAsync(http, "incidents"),
            await TimeAsync(http, "incidents?q=checkout&status=past&severity=P1"),
            await TimeAsync(http, $"incidents?page={Math.Max(1, options.OpenIncidents / IncidentFilter.PageSize / 2)}"),
            await TimeAsync(http, "api/incidents"),
            await TimeAsync(http, $"incidents/{number}"));
        Console.WriteLine($"  dashboard: {options.OpenIncidents} incidents: incidents page p50 {result.IncidentsPage.P50} ms, p99 {result.IncidentsPage.P99} ms; incident page p50 {result.IncidentPage.P50} ms, p99 {result.IncidentPage.P99} ms");
        return result;
    }

    private static async Task<Latencies> TimeAsync(HttpClient http, string path)
    {
        for (var i = 0; i < WarmUp; i++) await GetAsync(http, path);
        var times = new List<double>(Requests);
        for (var i = 0; i < Requests; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await GetAsync(http, path);
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        return Latencies.Of(times);
    }

    private static async Task GetAsync(HttpClient http, string path)
    {
        using var response = await http.GetAsync(path, HttpCompletionOption.ResponseContentRead);
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"GET /dashboard/{path} answered {(int)response.StatusCode}.");
    }
}

/// <summary>Server time of the dashboard's pages, in milliseconds, with <see cref="Incidents"/> incidents stored.</summary>
public sealed record DashboardResult(int Incidents, Latencies IncidentsPage, Latencies FilteredPage, Latencies DeepPage, Latencies JsonList, Latencies IncidentPage)
{
    public string Summary() => string.Create(CultureInfo.InvariantCulture,
        $"Dashboard with {Incidents} incidents (local mode, one request at a time on loopback): incidents page p50 {IncidentsPage.P50} ms, p99 {IncidentsPage.P99} ms; filtered p99 {FilteredPage.P99} ms; a deep page p99 {DeepPage.P99} ms; JSON list p99 {JsonList.P99} ms; an incident's page p50 {IncidentPage.P50} ms, p99 {IncidentPage.P99} ms.");
}
