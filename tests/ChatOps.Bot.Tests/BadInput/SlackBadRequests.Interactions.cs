using System.Text.Json.Nodes;
using ChatOps.Bot.Tests.Slack.Host;
using ChatOps.Core.Commands;
using ChatOps.Core.Messaging;
using ChatOps.Tests.Shared;

namespace ChatOps.Bot.Tests.BadInput;

public static partial class SlackBadRequests
{
    /// <summary>Correctly signed button presses and modal submissions that cannot be carried out.</summary>
    private static IEnumerable<BadRequest> InteractionRows() =>
    [
        Press("a button the bot never made", "incident.frobnicate", BadRequestScene.IncidentNumber, Outcome.Told("Unknown button 'incident.frobnicate'")),
        Press("a button for an incident that does not exist", Acknowledge.ActionId, Nowhere, Outcome.Told($"No incident {Nowhere}")),
        Press("a button that names no incident", Escalate.ActionId, "", Outcome.Told("names no incident")),
        Press("Post update for an incident that does not exist", PostUpdate.ActionId, Nowhere, Outcome.Told($"No incident {Nowhere}")),
        Press("a triage answer whose value the bot never made", AnswerTriage.ActionId, "garbage", Outcome.Told("triage answer")),
        Press("a triage answer to a question the runbook does not have", AnswerTriage.ActionId, $"{BadRequestScene.IncidentNumber}|no-such-question|ok", Outcome.Told("Unknown triage question")),
        Press("a triage answer for an incident that does not exist", AnswerTriage.ActionId, $"{Nowhere}|api-health|ok", Outcome.Told($"No incident {Nowhere}")),
        Press("a button press in a channel that is not an incident's, for no incident", Resolve.ActionId, Nowhere, Outcome.Told($"No incident {Nowhere}"),
            p => (p["channel"]!["id"], p["container"]!["channel_id"]) = (SlackIncidentTest.General, SlackIncidentTest.General)),
        Press("a button press without actions", Resolve.ActionId, BadRequestScene.IncidentNumber, Outcome.Refused(400, "actions"), p => p.Remove("actions")),
        Press("a button press with an empty actions list", Resolve.ActionId, BadRequestScene.IncidentNumber, Outcome.Refused(400, "actions"), p => p["actions"] = new JsonArray()),
        Press("a button press whose action is a number", Resolve.ActionId, BadRequestScene.IncidentNumber, Outcome.Told("Unknown button"), p => p["actions"] = new JsonArray(42)),
        Press("a button press without a user", Resolve.ActionId, BadRequestScene.IncidentNumber, Outcome.Refused(400, "user.id"), p => p.Remove("user")),
        Press("a button press whose user id is a number", Resolve.ActionId, BadRequestScene.IncidentNumber, Outcome.Refused(400, "user.id"), p => p["user"]!["id"] = 7),
        Press("a button press whose response_url is not a URL", Acknowledge.ActionId, Nowhere, Outcome.Refused(400, "response_url"), p => p["response_url"] = "::not a url::"),
        Press("a button press whose response_url does not answer", Acknowledge.ActionId, Nowhere, Outcome.Told($"No incident {Nowhere}"),
            p => p["response_url"] = "http://127.0.0.1:9/gone"),
        Press("Post update whose response_url is not a URL", PostUpdate.ActionId, Nowhere, Outcome.Refused(400, "response_url"), p => p["response_url"] = "::not a url::"),
        Press("Post update whose response_url does not answer", PostUpdate.ActionId, Nowhere, Outcome.Told($"No incident {Nowhere}"),
            p => p["response_url"] = "http://127.0.0.1:9/gone"),
        Press("Post update when Slack refuses the trigger", PostUpdate.ActionId, BadRequestScene.IncidentNumber, Outcome.Told("could not be opened")) with
        {
            Arrange = (s, _) =>
            {
                s.Slack.FailNextWithError("views.open", "expired_trigger_id");
                return Task.CompletedTask;
            },
        },
        Interaction("an interaction of a type Slack does not have", _ => new JsonObject { ["type"] = "frobnicate", ["user"] = new JsonObject { ["id"] = SlackIncidentTest.Alice } }, Outcome.Ignored),

        Interaction("a modal the bot never opened", _ => Submission("form.frobnicate", "C0GENERAL1|", DeclareValues("Checkout down", "P1")), Outcome.Refused(400, "Unknown form 'form.frobnicate'")),
        Interaction("a modal submission without a view", _ => Without(Submission(Declare.FormId, "C0GENERAL1|", DeclareValues("Checkout down", "P1")), "view"), Outcome.Refused(400, "view")),
        Interaction("a declare form with no values at all", _ => Submission(Declare.FormId, "C0GENERAL1|", new JsonObject()), Outcome.FieldErrors(IncidentForms.Title)),
        Interaction("a declare form whose state is a string", _ => WithView(Submission(Declare.FormId, "C0GENERAL1|", new JsonObject()), "state", "values"), Outcome.FieldErrors(IncidentForms.Title)),
        Interaction("a declare form with values of the wrong types", _ => Submission(Declare.FormId, "C0GENERAL1|", new JsonObject
        {
            [IncidentForms.Title] = new JsonObject { ["title"] = new JsonObject { ["type"] = "plain_text_input", ["value"] = 12345 } },
            [IncidentForms.Severity] = new JsonObject { ["severity"] = new JsonObject { ["type"] = "static_select", ["selected_option"] = "P1" } },
        }), Outcome.FieldErrors(IncidentForms.Title)),
        Interaction("a declare form with a 10,000-character title", _ => Submission(Declare.FormId, "C0GENERAL1|", DeclareValues(new string('é', 10_000), "P1")), Outcome.FieldErrors(IncidentForms.Title)),
        Interaction("a declare form with an unknown severity", _ => Submission(Declare.FormId, "C0GENERAL1|", DeclareValues("Checkout down", "P9")), Outcome.FieldErrors(IncidentForms.Severity)),
        Interaction("an update form for an incident that does not exist", _ => Submission(PostUpdate.FormId, $"C0GENERAL1|{Nowhere}", UpdateValues("identified", "Found it")), Outcome.Refused(400, $"No incident {Nowhere}")),
        Interaction("an update form with an unknown status", s => Submission(PostUpdate.FormId, $"{s.IncidentChannel}|{BadRequestScene.IncidentNumber}", UpdateValues("sideways", "Found it")), Outcome.FieldErrors(IncidentForms.Status)),
        Interaction("an update form without private_metadata", _ => WithView(Submission(PostUpdate.FormId, "", UpdateValues("identified", "Found it")), "private_metadata", null), Outcome.Refused(400, "No incident")),
    ];

    /// <summary>The published view_submission payload, from Alice, for a modal with this callback id, metadata and state values.</summary>
    private static JsonObject Submission(string callbackId, string metadata, JsonObject values)
    {
        var payload = JsonNode.Parse(File.ReadAllText(RepoFiles.Reference("slack", "payloads", "view_submission.bolt-python.json")))!.AsObject();
        payload["user"]!["id"] = SlackIncidentTest.Alice;
        var view = payload["view"]!;
        view["callback_id"] = callbackId;
        view["private_metadata"] = metadata;
        view["hash"] = $"hash.{Guid.NewGuid():N}";
        view["state"] = new JsonObject { ["values"] = values };
        return payload;
    }

    private static JsonObject DeclareValues(string title, string severity) => new()
    {
        [IncidentForms.Title] = new JsonObject { ["title"] = new JsonObject { ["type"] = "plain_text_input", ["value"] = title } },
        [IncidentForms.Severity] = new JsonObject { ["severity"] = new JsonObject { ["type"] = "static_select", ["selected_option"] = new JsonObject { ["value"] = severity } } },
    };

    private static JsonObject UpdateValues(string status, string message) => new()
    {
        [IncidentForms.Status] = new JsonObject { ["status"] = new JsonObject { ["type"] = "static_select", ["selected_option"] = new JsonObject { ["value"] = status } } },
        [IncidentForms.Message] = new JsonObject { ["message"] = new JsonObject { ["type"] = "plain_text_input", ["value"] = message } },
    };

    private static JsonObject Without(JsonObject payload, string property)
    {
        payload.Remove(property);
        return payload;
    }

    private static JsonObject WithView(JsonObject payload, string property, JsonNode? value)
    {
        payload["view"]![property] = value;
        return payload;
    }
}
