using System.Text.Json.Nodes;
using ChatOps.Bot.Slack.Inbound;
using ChatOps.Bot.Tests.Slack.Host;
using ChatOps.Core.Commands;
using ChatOps.Core.Messaging;
using ChatOps.Tests.Shared;
using Microsoft.AspNetCore.WebUtilities;

namespace ChatOps.Bot.Tests.BadInput.Fuzzing;

/// <summary>
/// The published Slack payloads (shared/reference/slack/payloads) the fuzzer starts from: slash command forms,
/// block_actions, view_submission and view_closed, shortcuts, event_callback and url_verification bodies. Each is made
/// this run's (a response_url on the fake, ids unique to the case so nothing is deduplicated away) and given
/// something that, valid, is refused while no incident exists: a command other than a declaration that could succeed,
/// a press on an incident that does not exist, a declare form with an unknown severity.
/// </summary>
public sealed class SlackFuzzBases(Func<string, Uri> responseUrl)
{
    private static readonly string[] Buttons =
        [Acknowledge.ActionId, Resolve.ActionId, PostUpdate.ActionId, StartTriage.ActionId, Escalate.ActionId, AnswerTriage.ActionId, "incident.frobnicate", "a"];

    private static readonly string[] ButtonValues =
        [SlackBadRequests.Nowhere, EscalateValue.Format(SlackBadRequests.Nowhere, 0), TriageAnswerValue.Format(SlackBadRequests.Nowhere, "api-health", "failing"), "click_me_123", ""];

    public IReadOnlyList<(FuzzBase Base, int Weight)> All =>
    [
        .. new[] { "bolt-js", "bolt-python", "botbuilder-dotnet", "slack-docs-signing-example" }
            .Select(source => Weighted(4, $"slash_command.{source}", (i, m) => Slash(i, m, $"slash_command.form-urlencoded.{source}.txt"))),
        .. new[] { "block_actions.bolt-python.json", "block_actions.message_attachment.java-slack-sdk.json" }
            .Select(file => Weighted(4, file, (i, m) => Interaction(i, m, file, Press(Published(file), i, m)))),
        .. new[] { "block_actions.form-urlencoded.botbuilder-dotnet.txt", "block_actions_string_state.form-urlencoded.botbuilder-dotnet.txt", "shortcut.form-urlencoded.bolt-js.txt" }
            .Select(file => Weighted(2, file, (i, m) => Interaction(i, m, file, Press(PublishedForm(file), i, m)))),
        .. new[] { "view_submission.bolt-python.json", "view_submission.response_urls.bolt-python.json", "view_submission.slack_connect.bolt-python.json", "view_closed.bolt-python.json" }
            .Select(file => Weighted(1, file, (i, m) => Interaction(i, m, file, View(Published(file), i)))),
        Weighted(4, "view_submission of the declare form with an unknown severity", (i, m) => Interaction(i, m, "declare form", DeclareForm(i))),
        .. Directory.GetFiles(Payloads(), "event_callback.*.json").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)
            .Select(file => Weighted(1, file, (i, m) => Event(i, m, file))),
        .. new[] { "url_verification.bolt-python.json", "url_verification.botbuilder-dotnet.json", "url_verification.python-slack-events-api.json" }
            .Select(file => Weighted(1, file, (i, m) => Json(i, m, file, SlackEndpoints.Events, Published(file)))),
        Weighted(1, "ssl_check.form-urlencoded.bolt-js.txt", (i, m) => Slash(i, m, "ssl_check.form-urlencoded.bolt-js.txt")),
    ];

    private static (FuzzBase, int) Weighted(int weight, string name, Func<int, Mutations, FuzzRequest> build) => (new FuzzBase(name, build), weight);

    /// <summary>Response URLs on the fake (<see cref="Slack.Fakes.FakeSlackServer.ResponseUrl"/>), so every answer the bot posts stays on this machine.</summary>
    public string ResponseUrl(int index) => responseUrl($"fuzz-{index}").ToString();

    public static bool IsAddress(string field) => field is "response_url";

    private FuzzRequest Slash(int index, Mutations m, string file)
    {
        var fields = QueryHelpers.ParseQuery(File.ReadAllText(Path.Combine(Payloads(), file)).Trim())
            .Select(p => new KeyValuePair<string, string>(p.Key, p.Value.ToString())).ToList();
        Set(fields, "command", "/incident");
        Set(fields, "text", m.Pick(FuzzValues.Commands), onlyIfPresent: true);
        Set(fields, "response_url", ResponseUrl(index), onlyIfPresent: true);
        Set(fields, "trigger_id", $"fuzz.{index}", onlyIfPresent: true);
        if (m.Chance(0.3)) Set(fields, "channel_id", SlackIncidentTest.General, onlyIfPresent: true);
        var body = m.Form(fields, Count(m));
        return new(index, file, SlackEndpoints.Commands, SlackBadRequests.Form, m.Bytes(body, 0.1), m.Applied);
    }

    private FuzzRequest Interaction(int index, Mutations m, string name, JsonObject payload)
    {
        var json = m.Json(payload, Count(m));
        var fields = new List<KeyValuePair<string, string>> { new("payload", json) };
        var body = m.Chance(0.15) ? m.Form(fields, 1) : "payload=" + Uri.EscapeDataString(json);
        return new(index, name, SlackEndpoints.Interactions, SlackBadRequests.Form, m.Bytes(body, 0.1), m.Applied);
    }

    private FuzzRequest Event(int index, Mutations m, string file)
    {
        var envelope = Published(file);
        envelope["event_id"] = $"EvFUZZ{index:D6}";
        if (envelope["event"] is JsonObject inner && m.Chance(0.3))
        {
            // In #general: a channel the fake knows, that is not an incident's.
            if (inner.ContainsKey("channel")) inner["channel"] = SlackIncidentTest.General;
            if (inner["item"] is JsonObject item) item["channel"] = SlackIncidentTest.General;
        }
        return Json(index, m, file, SlackEndpoints.Events, envelope);
    }

    private static FuzzRequest Json(int index, Mutations m, string name, string path, JsonObject payload)
    {
        var json = m.Json(payload, Count(m));
        return new(index, name, path, SlackBadRequests.Json, m.Bytes(json, 0.1), m.Applied);
    }

    private JsonObject Press(JsonObject payload, int index, Mutations m)
    {
        MakeOurs(payload, index);
        if (payload["actions"] is JsonArray { Count: > 0 } actions && actions[0] is JsonObject action)
        {
            action["action_id"] = m.Pick(Buttons);
            action["value"] = m.Pick(ButtonValues);
            action["action_ts"] = $"1700000000.{index:D6}";
        }
        return payload;
    }

    private JsonObject View(JsonObject payload, int index)
    {
        MakeOurs(payload, index);
        if (payload["view"] is JsonObject view) view["hash"] = $"fuzz.{index}";
        return payload;
    }

    private JsonObject DeclareForm(int index)
    {
        var payload = View(Published("view_submission.bolt-python.json"), index);
        var view = payload["view"]!.AsObject();
        view["callback_id"] = Declare.FormId;
        view["private_metadata"] = $"{SlackIncidentTest.General}|";
        view["state"] = new JsonObject
        {
            ["values"] = new JsonObject
            {
                [IncidentForms.Severity] = new JsonObject { ["s"] = new JsonObject { ["type"] = "static_select", ["selected_option"] = new JsonObject { ["value"] = "P9" } } },
                [IncidentForms.Title] = new JsonObject { ["t"] = new JsonObject { ["type"] = "plain_text_input", ["value"] = "Checkout is down" } },
            },
        };
        return payload;
    }

    /// <summary>Every response_url (at any depth) on the fake, and a trigger id of this case's own.</summary>
    private void MakeOurs(JsonNode? node, int index)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj.ToList())
                {
                    if (IsAddress(key)) obj[key] = ResponseUrl(index);
                    else if (key == "trigger_id") obj[key] = $"fuzz.{index}";
                    else MakeOurs(value, index);
                }
                break;
            case JsonArray array:
                foreach (var item in array) MakeOurs(item, index);
                break;
        }
    }

    private static int Count(Mutations m) => 1 + m.Random.Next(3);

    private static void Set(List<KeyValuePair<string, string>> fields, string key, string value, bool onlyIfPresent = false)
    {
        var at = fields.FindIndex(f => f.Key == key);
        if (at >= 0) fields[at] = new(key, value);
        else if (!onlyIfPresent) fields.Add(new(key, value));
    }

    private static JsonObject Published(string file) => JsonNode.Parse(File.ReadAllText(Path.Combine(Payloads(), file)))!.AsObject();

    private static JsonObject PublishedForm(string file) =>
        JsonNode.Parse(QueryHelpers.ParseQuery(File.ReadAllText(Path.Combine(Payloads(), file)).Trim())["payload"].ToString())!.AsObject();

    private static string Payloads() => RepoFiles.Reference("slack", "payloads");
}
