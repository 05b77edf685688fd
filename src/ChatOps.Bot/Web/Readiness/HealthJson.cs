using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ChatOps.Bot.Web.Readiness;

/// <summary>
/// A health report in the usual JSON shape:
/// <c>{"status":"Degraded","totalDuration":…,"checks":{"outbox":{"status":"Degraded","description":…,"duration":…,"data":{…}}}}</c>.
/// </summary>
public static class HealthJson
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = false };

    public static Task WriteAsync(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json; charset=utf-8";
        var body = new
        {
            status = report.Status.ToString(),
            totalDuration = Seconds(report.TotalDuration),
            checks = report.Entries.ToDictionary(e => e.Key, e => new
            {
                status = e.Value.Status.ToString(),
                description = e.Value.Description,
                duration = Seconds(e.Value.Duration),
                data = e.Value.Data,
            }),
        };
        return http.Response.WriteAsync(JsonSerializer.Serialize(body, Options), http.RequestAborted);
    }

    private static double Seconds(TimeSpan duration) => Math.Round(duration.TotalSeconds, 4);
}
