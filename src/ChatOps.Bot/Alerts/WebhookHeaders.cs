using Microsoft.Extensions.Primitives;

namespace ChatOps.Bot.Alerts;

/// <summary>The request headers a verifier or parser reads, by case-insensitive name; a repeated header's values are joined with commas.</summary>
public sealed class WebhookHeaders
{
    private readonly Dictionary<string, string> _values;

    private WebhookHeaders(Dictionary<string, string> values) => _values = values;

    public static WebhookHeaders None { get; } = new(new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase));

    /// <summary>The value of <paramref name="name"/>, or null when the request did not send it.</summary>
    public string? this[string name] => _values.TryGetValue(name, out var value) ? value : null;

    public static WebhookHeaders From(IEnumerable<KeyValuePair<string, string>> headers)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in headers)
        {
            values[name] = values.TryGetValue(name, out var earlier) ? $"{earlier},{value}" : value;
        }

        return new WebhookHeaders(values);
    }

    /// <summary>From ASP.NET Core's <c>HttpRequest.Headers</c>.</summary>
    public static WebhookHeaders From(IEnumerable<KeyValuePair<string, StringValues>> headers) =>
        From(headers.Select(h => KeyValuePair.Create(h.Key, h.Value.ToString())));
}
