using Microsoft.AspNetCore.WebUtilities;

namespace ChatOps.Bot.Slack.Inbound;

/// <summary>Fields of an <c>application/x-www-form-urlencoded</c> Slack body.</summary>
public static class SlackForm
{
    /// <summary>The fields, or null with the reason when a field is given more than once (which value would count?).</summary>
    public static (Dictionary<string, string>? Fields, string? Error) Parse(string body)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, values) in QueryHelpers.ParseQuery(body))
        {
            if (key.Length == 0) continue; // "=x" or a stray "&=": no field at all
            if (values.Count > 1) return (null, $"The field '{key}' is given {values.Count} times; Slack sends each field once.");
            fields[key] = values.ToString();
        }
        return (fields, null);
    }

    public static string Get(this Dictionary<string, string> form, string key) => form.TryGetValue(key, out var v) ? v : "";
}
