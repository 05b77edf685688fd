using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace ChatOps.Bot.Web.Dashboard;

/// <summary>
/// What the incidents list is narrowed to, read from the query string: severity, status (<c>open</c>, <c>past</c> or
/// one status), service, kind, declared between <see cref="From"/> and <see cref="To"/> (dates, inclusive), text, and
/// whether the drills are shown instead of real incidents. Values that cannot be read are reported, not guessed.
/// </summary>
public sealed record IncidentFilter(
    string? Severity, string? Status, string? Service, string? Kind, DateOnly? From, DateOnly? To, string? Text, bool Drills, int Page)
{
    public const int PageSize = 50;
    public const int MaxText = 200;

    public static (IncidentFilter Filter, IReadOnlyList<string> Problems) Read(IQueryCollection query)
    {
        var problems = new List<string>();
        string? Get(string key) => query[key].FirstOrDefault()?.Trim() is { Length: > 0 } v ? v : null;
        DateOnly? Date(string key, string label)
        {
            if (Get(key) is not { } text) return null;
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
            problems.Add($"{label} '{text}' is not a date: write it as YYYY-MM-DD.");
            return null;
        }
        var page = 1;
        if (Get("page") is { } p && (!int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out page) || page < 1))
        {
            problems.Add($"Page '{p}' is not a page number.");
            page = 1;
        }
        var text = Get("q");
        if (text is { Length: > MaxText })
        {
            problems.Add($"The search text is {text.Length} characters; search with at most {MaxText}.");
            text = text[..MaxText];
        }
        var status = Get("status")?.ToLowerInvariant();
        if (status is not (null or "open" or "past") && !Enum.TryParse<Core.Incidents.IncidentStatus>(status, true, out _))
        {
            problems.Add($"Status '{status}' is not one of open, past, investigating, identified, monitoring, resolved, closed.");
            status = null;
        }
        var filter = new IncidentFilter(Get("severity"), status, Get("service"), Get("kind"), Date("from", "From"), Date("to", "To"), text, Get("drills") == "1", page);
        return (filter, problems);
    }

    /// <summary>The query string of this filter on another page.</summary>
    public string QueryFor(int page) => Html.Query(
    [
        ("severity", Severity), ("status", Status), ("service", Service), ("kind", Kind),
        ("from", From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ("to", To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        ("q", Text), ("drills", Drills ? "1" : null), ("page", page > 1 ? page.ToString(CultureInfo.InvariantCulture) : null),
    ]);
}
