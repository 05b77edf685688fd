using Microsoft.AspNetCore.WebUtilities;

namespace ChatOps.Bot.Slack.Inbound;

/// <summary>Fields of an <c>application/x-www-form-urlencoded</c> Slack body.</summary>
public static class SlackForm
{
    public static Dictionary<string, string> Parse(string body) =>
        QueryHelpers.ParseQuery(body).ToDictionary(p => p.Key, p => p.Value.ToString(), StringComparer.Ordinal);

    public static string Get(this Dictionary<string, string> form, string key) => form.TryGetValue(key, out var v) ? v : "";
}
