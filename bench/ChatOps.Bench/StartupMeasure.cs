using ChatOps.Tests.Shared;

namespace ChatOps.Bench;

/// <summary>
/// Start-up of the bot as its own process, the way a deployment starts it: started several times on the same seeded
/// database, each time from <c>Process.Start</c> until <c>/healthz</c> first answers 200 (the database read, the
/// workers started, the port bound), then killed. The median is the figure; the first start also pays for a cold file
/// cache, and the others for whatever else the machine is doing.
/// </summary>
public static class StartupMeasure
{
    public static async Task<List<double>> MeasureAsync(PublishedBot bot, string folder, IReadOnlyDictionary<string, string> environment, int starts)
    {
        var times = new List<double>();
        for (var i = 0; i < starts; i++)
        {
            await using var started = await BotProcess.StartAsync(folder, environment, TimeSpan.FromMinutes(2), botDll: bot.Dll);
            times.Add(Math.Round(started.StartUp.TotalMilliseconds));
        }
        return times;
    }

    public static double Median(IReadOnlyList<double> times) =>
        times.Order().ElementAt(times.Count / 2) is var upper && times.Count % 2 == 1 ? upper : (upper + times.Order().ElementAt(times.Count / 2 - 1)) / 2;
}
