using System.Text.Json;
using ChatOps.Bot.Inbound;
using ChatOps.Bot.Slack.BlockKit;
using ChatOps.Bot.Protocol;

namespace ChatOps.Bot.Slack.Inbound;

/// <summary>
/// <c>POST /slack/interactions</c>: button presses (<c>block_actions</c>) and modal submissions (<c>view_submission</c>).
/// A press the engine refuses outright (unknown button, no such incident) is answered at once by response_url; a
/// submission with field errors is answered with <c>response_action: errors</c>; neither changes anything. A refused
/// press's answer is posted after the acknowledgement (Slack shows nothing a block_actions response carries), so a slow
/// Slack never holds the acknowledgement; and nothing is refused while Slack is too slow to say who the person is.
/// </summary>
public sealed class SlackInteractionEndpoint(SlackRequestReader reader, Intake intake, SlackReplies replies, SlackPeople people)
{
    public async Task<IResult> HandleAsync(HttpContext http)
    {
        var (body, refusal) = await reader.ReadAsync(http.Request, SlackRequestReader.Form, http.RequestAborted);
        if (refusal is not null) return refusal;
        var (form, error) = SlackForm.Parse(body!);
        if (form is null) return SlackAnswer.BadRequest(error!).ToResult();
        if (!form.ContainsKey("payload")) return SlackAnswer.BadRequest("An interaction carries its JSON in the payload field; there is none.").ToResult();
        JsonElement payload;
        try
        {
            payload = JsonDocument.Parse(form.Get("payload"), SlackRequestReader.JsonOptions).RootElement;
        }
        catch (Exception ex) when (SlackRequestReader.IsUnreadable(ex))
        {
            return SlackAnswer.BadRequest("The interaction's payload field must be JSON (without repeated keys, its text valid Unicode).").ToResult();
        }
        return (await HandleAsync(payload, http.RequestAborted)).ToResult();
    }

    /// <summary>Handles an interaction payload, from an HTTP form or a Socket Mode envelope.</summary>
    public async Task<SlackAnswer> HandleAsync(JsonElement payload, CancellationToken ct)
    {
        if (payload.ValueKind != JsonValueKind.Object) return SlackAnswer.BadRequest("The interaction payload must be a JSON object.");
        var user = payload.Str("user", "id");
        return payload.Str("type") switch
        {
            _ when user.Length == 0 => SlackAnswer.BadRequest("The interaction has no user.id."),
            _ when ResponseUrls.Refusal(payload.Str("response_url")) is { } badUrl => badUrl,
            "block_actions" => await ActionAsync(payload, user, ct),
            "view_submission" => await SubmissionAsync(payload, user, ct),
            _ => SlackAnswer.Ok, // view_closed, shortcuts and the rest: nothing to do
        };
    }

    private async Task<SlackAnswer> ActionAsync(JsonElement payload, string user, CancellationToken ct)
    {
        if (!payload.TryGetProperty("actions", out var actions) || actions.ValueKind != JsonValueKind.Array || actions.GetArrayLength() == 0)
            return SlackAnswer.BadRequest("block_actions without actions.");
        var action = actions[0];
        var actionId = BlockKitActionIds.Base(action.Str("action_id"));
        var value = action.Str("value");
        var channel = payload.Str("channel", "id") is { Length: > 0 } id ? id : payload.Str("container", "channel_id");
        var deadline = AcknowledgementDeadline.Start();
        var identity = await people.IdentifyAsync(user, deadline.ForLookups, ct);
        var context = identity.Context(user, channel);
        var (trigger, responseUrl) = (payload.Str("trigger_id"), payload.Str("response_url"));
        var intent = InboundIntent.Pressed(user, channel, actionId, value) with { Reply = SlackReplyAddress.Of(responseUrl, trigger) };
        var key = action.Str("action_ts") is { Length: > 0 } ts ? ts : Intake.Hash(payload.GetRawText());
        var answer = await intake.AdmitAsync(SlackPlatform.Name, $"slack:action:{user}:{key}", intent, context, ct, SlackPeople.WhileUnsure(identity));
        return answer is null ? SlackAnswer.Ok : await replies.AnswerAsync(answer, context, trigger, deadline, ct, responseUrl);
    }

    private async Task<SlackAnswer> SubmissionAsync(JsonElement payload, string user, CancellationToken ct)
    {
        if (!payload.TryGetProperty("view", out var view) || view.ValueKind != JsonValueKind.Object) return SlackAnswer.BadRequest("view_submission without a view.");
        var formId = ViewSubmission.CallbackId(view);
        var (channel, formContext) = SlackModals.ReadMetadata(ViewSubmission.PrivateMetadata(view));
        var intent = InboundIntent.Submitted(user, channel, formId, ViewSubmission.ReadValues(view), formContext);
        var identity = await people.IdentifyAsync(user, AcknowledgementDeadline.Start().ForLookups, ct);
        var answer = await intake.AdmitAsync(SlackPlatform.Name, $"slack:view:{view.Str("id")}:{view.Str("hash")}", intent, identity.Context(user, channel), ct, SlackPeople.WhileUnsure(identity));
        if (answer is { FieldErrors: { Count: > 0 } errors }) return SlackAnswer.Json(ViewSubmission.ErrorsResponse(errors));
        if (answer is { IsError: true }) return SlackAnswer.BadRequest(answer.Text);
        return SlackAnswer.Ok;
    }
}
