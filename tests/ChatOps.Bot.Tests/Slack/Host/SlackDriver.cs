using System.Text.Json.Nodes;
using ChatOps.Bot.Slack.Inbound;
using ChatOps.Bot.Tests.Slack.Fakes;
using ChatOps.Tests.Shared;
using Microsoft.AspNetCore.WebUtilities;

namespace ChatOps.Bot.Tests.Slack.Host;

/// <summary>
/// Sends what Slack sends, built from the published payloads in shared/reference with our values filled in:
/// slash commands, button presses, modal submissions and events, each signed.
/// </summary>
public sealed class SlackDriver(SlackBotHost host, FakeSlackServer slack)
{
    private int _counter;

    public async Task<HttpResponseMessage> SlashAsync(string user, string channel, string text)
    {
        var n = Interlocked.Increment(ref _counter);
        return await host.PostFormAsync(SlackEndpoints.Commands, SlashBody(user, channel, text, $"trigger.{n}", slack.ResponseUrl($"command-{n}")));
    }

    /// <summary>The form body of a <c>/incident</c> slash command, from the published payload with our values.</summary>
    public static string SlashBody(string user, string channel, string text, string triggerId, Uri responseUrl)
    {
        var published = QueryHelpers.ParseQuery(File.ReadAllText(RepoFiles.Reference("slack", "payloads", "slash_command.form-urlencoded.bolt-js.txt")).Trim());
        var fields = published.ToDictionary(p => p.Key, p => p.Value.ToString());
        fields["user_id"] = user;
        fields["channel_id"] = channel;
        fields["command"] = "/incident";
        fields["text"] = text;
        fields["trigger_id"] = triggerId;
        fields["response_url"] = responseUrl.ToString();
        return string.Join('&', fields.Select(f => $"{Uri.EscapeDataString(f.Key)}={Uri.EscapeDataString(f.Value)}"));
    }

    public Task<HttpResponseMessage> PressAsync(string user, string channel, string actionId, string value) =>
        host.PostFormAsync(SlackEndpoints.Interactions, "payload=" + Uri.EscapeDataString(Press(user, channel, actionId, value).ToJsonString()));

    /// <summary>The block_actions payload Slack sends when <paramref name="user"/> presses a button.</summary>
    public JsonObject Press(string user, string channel, string actionId, string value)
    {
        var payload = JsonNode.Parse(File.ReadAllText(RepoFiles.Reference("slack", "payloads", "block_actions.bolt-python.json")))!.AsObject();
        var n = Interlocked.Increment(ref _counter);
        payload["user"]!["id"] = user;
        payload["channel"]!["id"] = channel;
        payload["container"]!["channel_id"] = channel;
        payload["trigger_id"] = $"trigger.{n}";
        payload["response_url"] = slack.ResponseUrl($"action-{n}").ToString();
        var action = payload["actions"]![0]!;
        action["action_id"] = actionId;
        action["value"] = value;
        action["action_ts"] = $"1700000000.{n:000000}";
        return payload;
    }

    /// <summary>Submits a modal the bot opened (from its views.open call) with the given values, as Slack's state.values.</summary>
    public Task<HttpResponseMessage> SubmitAsync(string user, JsonObject openedView, Dictionary<string, string> values, string viewId = "V0001") =>
        host.PostFormAsync(SlackEndpoints.Interactions, "payload=" + Uri.EscapeDataString(Submission(user, openedView, values, viewId).ToJsonString()));

    /// <summary>The view_submission payload Slack sends when <paramref name="user"/> submits the bot's modal with these values.</summary>
    public JsonObject Submission(string user, JsonObject openedView, Dictionary<string, string> values, string viewId = "V0001")
    {
        var state = new JsonObject();
        foreach (var block in openedView["blocks"]!.AsArray())
        {
            var blockId = (string)block!["block_id"]!;
            var element = block["element"]!;
            var actionId = (string)element["action_id"]!;
            var type = (string)element["type"]!;
            values.TryGetValue(blockId, out var value);
            JsonObject answer = type switch
            {
                "static_select" => new() { ["type"] = type, ["selected_option"] = value is null ? null : new JsonObject { ["value"] = value, ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = value } } },
                "checkboxes" => new() { ["type"] = type, ["selected_options"] = value == "true" ? new JsonArray(new JsonObject { ["value"] = "true" }) : new JsonArray() },
                "users_select" => new() { ["type"] = type, ["selected_user"] = value },
                _ => new() { ["type"] = type, ["value"] = value },
            };
            state[blockId] = new JsonObject { [actionId] = answer };
        }
        var payload = new JsonObject
        {
            ["type"] = "view_submission",
            ["team"] = new JsonObject { ["id"] = "T111", ["domain"] = "test" },
            ["user"] = new JsonObject { ["id"] = user, ["name"] = user },
            ["view"] = new JsonObject
            {
                ["id"] = viewId,
                ["type"] = "modal",
                ["callback_id"] = openedView["callback_id"]!.DeepClone(),
                ["private_metadata"] = openedView["private_metadata"]!.DeepClone(),
                ["hash"] = $"hash.{Interlocked.Increment(ref _counter)}",
                ["state"] = new JsonObject { ["values"] = state },
            },
        };
        return payload;
    }

    /// <summary>An event built on the published reaction_added envelope, with the given inner event.</summary>
    public async Task<HttpResponseMessage> EventAsync(string eventId, JsonObject inner, int? retry = null)
    {
        var envelope = JsonNode.Parse(File.ReadAllText(RepoFiles.Reference("slack", "payloads", "event_callback.reaction_added.slack-docs.json")))!.AsObject();
        envelope["event_id"] = eventId;
        envelope["event"] = inner.DeepClone();
        var body = envelope.ToJsonString();
        if (retry is null) return await host.PostJsonAsync(SlackEndpoints.Events, body);
        using var request = new HttpRequestMessage(HttpMethod.Post, SlackEndpoints.Events);
        var timestamp = host.Time.GetUtcNow().ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        request.Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        request.Headers.Add("X-Slack-Signature", new SlackSignature(SlackBotHost.SigningSecret, host.Time).Sign(timestamp, System.Text.Encoding.UTF8.GetBytes(body)));
        request.Headers.Add("X-Slack-Retry-Num", retry.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add("X-Slack-Retry-Reason", "http_timeout");
        return await host.Client.SendAsync(request);
    }
}
