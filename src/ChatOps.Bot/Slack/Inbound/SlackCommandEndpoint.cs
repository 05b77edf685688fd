using ChatOps.Bot.Inbound;

namespace ChatOps.Bot.Slack.Inbound;

/// <summary>
/// <c>POST /slack/commands</c>: the <c>/incident</c> slash command. Read-only commands and forms are answered at once
/// (a form must open while its trigger id is fresh), and so is a command the engine refuses whatever the incident's
/// state (unknown severity, empty title, not an incident channel); commands that change things are stored in the
/// inbox, acknowledged, and carried out by the inbox worker, whose reply arrives as an ephemeral message. Nothing here
/// waits on Slack past Slack's 3 seconds: when Slack is too slow to say who the person is, the command is stored and
/// carried out once it has (nothing is refused on a guess), and a form Slack is too slow to open is answered with a hint.
/// </summary>
public sealed class SlackCommandEndpoint(SlackRequestReader reader, Intake intake, SlackReplies replies, SlackPeople people)
{
    public async Task<IResult> HandleAsync(HttpContext http)
    {
        var (body, refusal) = await reader.ReadAsync(http.Request, SlackRequestReader.Form, http.RequestAborted);
        if (refusal is not null) return refusal;
        var (form, error) = SlackForm.Parse(body!);
        return form is null ? SlackAnswer.BadRequest(error!).ToResult() : (await HandleAsync(form, http.RequestAborted)).ToResult();
    }

    /// <summary>Handles the command's fields, from an HTTP form or a Socket Mode envelope.</summary>
    public async Task<SlackAnswer> HandleAsync(Dictionary<string, string> form, CancellationToken ct)
    {
        if (form.Get("ssl_check") == "1") return SlackAnswer.Ok;
        var (user, channel) = (form.Get("user_id"), form.Get("channel_id"));
        if (user.Length == 0 || channel.Length == 0) return SlackAnswer.BadRequest("A slash command needs user_id and channel_id.");
        if (ResponseUrls.Refusal(form.Get("response_url")) is { } badUrl) return badUrl;

        var deadline = AcknowledgementDeadline.Start();
        var identity = await people.IdentifyAsync(user, deadline.ForLookups, ct);
        var context = identity.Context(user, channel);
        var (trigger, responseUrl) = (form.Get("trigger_id"), form.Get("response_url"));
        var intent = InboundIntent.Typed(user, channel, form.Get("text")) with { Reply = SlackReplyAddress.Of(responseUrl, trigger) };
        var key = trigger.Length > 0 ? trigger : Intake.Hash(string.Join('&', form.Select(f => $"{f.Key}={f.Value}")));
        var answer = await intake.AdmitAsync(SlackPlatform.Name, $"slack:command:{key}", intent, context, ct, SlackPeople.WhileUnsure(identity));
        return answer is null ? SlackAnswer.Ok : await replies.AnswerAsync(answer, context, trigger, deadline, ct);
    }
}
