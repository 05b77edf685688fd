using System.Text.Json;
using ChatOps.Bot.Hosting;
using ChatOps.Bot.Slack.BlockKit;
using ChatOps.Core.Commands;

namespace ChatOps.Bot.Slack.Inbound;

/// <summary>
/// <c>POST /slack/interactions</c>: button presses (<c>block_actions</c>) and modal submissions (<c>view_submission</c>).
/// A submission with field errors is answered with <c>response_action: errors</c> and changes nothing.
/// </summary>
public sealed class SlackInteractionEndpoint(SlackRequestReader reader, IServiceProvider services, SlackIntake intake, SlackReplies replies)
{
    public async Task<IResult> HandleAsync(HttpContext http)
    {
        var ct = http.RequestAborted;
        var (body, refusal) = await reader.ReadAsync(http.Request, ct);
        if (refusal is not null) return refusal;
        JsonElement payload;
        try
        {
            payload = JsonDocument.Parse(SlackForm.Parse(body!).Get("payload")).RootElement;
        }
        catch (JsonException)
        {
            return SlackForm.BadRequest("The interaction's payload field must be JSON.");
        }
        var user = payload.Str("user", "id");
        return payload.Str("type") switch
        {
            _ when user.Length == 0 => SlackForm.BadRequest("The interaction has no user.id."),
            "block_actions" => await ActionAsync(payload, user, ct),
            "view_submission" => await SubmissionAsync(payload, user, ct),
            _ => Results.Ok(), // view_closed, shortcuts and the rest: nothing to do
        };
    }

    private async Task<IResult> ActionAsync(JsonElement payload, string user, CancellationToken ct)
    {
        if (!payload.TryGetProperty("actions", out var actions) || actions.ValueKind != JsonValueKind.Array || actions.GetArrayLength() == 0)
            return SlackForm.BadRequest("block_actions without actions.");
        var action = actions[0];
        var actionId = BlockKitActionIds.Base(action.Str("action_id"));
        var value = action.Str("value");
        var channel = payload.Str("channel", "id") is { Length: > 0 } id ? id : payload.Str("container", "channel_id");
        var context = new CommandContext(user, channel, SlackPlatform.Name);
        if (actionId == ActionIds.PostUpdate)
        {
            var reply = await services.WithEngineAsync(engine => engine.PressAsync(context, actionId, value, ct), ct);
            return await replies.AnswerAsync(reply, context, payload.Str("trigger_id"), ct, payload.Str("response_url"));
        }
        var intent = new SlackIntent(SlackIntent.Action, user, channel, ResponseUrl: payload.Str("response_url"),
            TriggerId: payload.Str("trigger_id"), ActionId: actionId, Value: value);
        var key = action.Str("action_ts") is { Length: > 0 } ts ? ts : SlackIntake.Hash(payload.GetRawText());
        await intake.AcceptAsync($"slack:action:{user}:{key}", intent, ct);
        return Results.Ok();
    }

    private async Task<IResult> SubmissionAsync(JsonElement payload, string user, CancellationToken ct)
    {
        if (!payload.TryGetProperty("view", out var view)) return SlackForm.BadRequest("view_submission without a view.");
        var formId = ViewSubmission.CallbackId(view);
        if (!ActionIds.Forms.Contains(formId)) return Results.Ok();
        var (channel, formContext) = SlackModals.ReadMetadata(ViewSubmission.PrivateMetadata(view));
        var values = ViewSubmission.ReadValues(view);
        var errors = await services.WithEngineAsync(engine => Task.FromResult(engine.ValidateSubmission(formId, values)), ct);
        if (errors.Count > 0) return Results.Json(ViewSubmission.ErrorsResponse(errors));
        var intent = new SlackIntent(SlackIntent.View, user, channel, FormId: formId, Values: values, FormContext: formContext);
        await intake.AcceptAsync($"slack:view:{view.Str("id")}:{view.Str("hash")}", intent, ct);
        return Results.Ok();
    }
}
