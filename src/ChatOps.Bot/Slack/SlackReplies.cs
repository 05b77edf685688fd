using System.Text.Json.Nodes;
using ChatOps.Bot.Inbound;
using ChatOps.Bot.Slack.Api;
using ChatOps.Core.Commands;
using ChatOps.Core.Messaging;

namespace ChatOps.Bot.Slack;

/// <summary>Shows a command's reply to the person who acted: a modal for a form, else an ephemeral message.</summary>
public sealed class SlackReplies(SlackApiClient api, SlackMessages messages, SlackLateReplies later, ILogger<SlackReplies> logger)
{
    /// <summary>
    /// Answers inside the HTTP request, never waiting on Slack past <paramref name="deadline"/>: opens the form while
    /// the trigger id is fresh, or returns the message; with a <paramref name="responseUrl"/> (a button press, whose
    /// response Slack does not show) the message is posted there after the acknowledgement. Slack refusing either is
    /// logged and told where possible, never thrown: the request itself was fine.
    /// </summary>
    public async Task<Inbound.SlackAnswer> AnswerAsync(
        CommandReply reply, CommandContext context, string triggerId, AcknowledgementDeadline deadline, CancellationToken ct, string? responseUrl = null)
    {
        if (reply.Form is { } form)
        {
            using var patience = CancellationTokenSource.CreateLinkedTokenSource(ct);
            patience.CancelAfter(deadline.Left);
            var opened = await TryOpenAsync(triggerId, form, context.ChannelId, patience.Token);
            if (opened == true) return Inbound.SlackAnswer.Ok;
            ct.ThrowIfCancellationRequested();
            reply = opened is null ? FormSlow : FormNotOpened;
        }
        var message = Ephemeral(reply);
        if (string.IsNullOrEmpty(responseUrl)) return Inbound.SlackAnswer.Json(message);
        var (channel, user) = (context.ChannelId, context.Actor);
        later.Enqueue(token => TellAsync(message, responseUrl, channel, user, token));
        return Inbound.SlackAnswer.Ok;
    }

    /// <summary>Delivers the reply of work done after the acknowledgement.</summary>
    public async Task DeliverAsync(CommandReply reply, InboundIntent intent, CancellationToken ct)
    {
        if (reply.Form is { } form && intent.ReplyValue(ReplyKeys.TriggerId) is { Length: > 0 } trigger)
        {
            if (await TryOpenAsync(trigger, form, intent.Channel, ct) == true) return;
            reply = FormNotOpened;
        }
        await TellAsync(Ephemeral(reply), intent.ReplyValue(SlackReplyAddress.ResponseUrl), intent.Channel, intent.Actor, ct);
    }

    private static CommandReply FormNotOpened => CommandReply.Error("The form could not be opened in time; run the command again.");

    private static CommandReply FormSlow => CommandReply.Error(
        "Slack is slow to open the form. If it does not appear, run the command again, or type it with its details instead (`/incident help` shows how).");

    /// <summary>True when the form opened, false when Slack refused it, null when Slack did not answer in time.</summary>
    private async Task<bool?> TryOpenAsync(string triggerId, Form form, string channel, CancellationToken ct)
    {
        try
        {
            await api.OpenViewAsync(triggerId, SlackModals.Render(form, channel), ct);
            return true;
        }
        catch (SlackApiException ex)
        {
            logger.LogInformation("Could not open the form ({Error}); asking the user to try again", ex.Error);
            return ex.Error == "timeout" ? null : false;
        }
        catch (OperationCanceledException)
        {
            logger.LogWarning("Slack did not open the form before the request had to be answered; asking the user to try again");
            return null;
        }
    }

    /// <summary>By response_url when there is one; ephemerally in the channel when there is none or it fails.</summary>
    private async Task TellAsync(JsonObject message, string? responseUrl, string channel, string user, CancellationToken ct)
    {
        if (!string.IsNullOrEmpty(responseUrl))
        {
            try
            {
                await api.PostToResponseUrlAsync(new Uri(responseUrl), message, ct);
                return;
            }
            catch (SlackApiException ex) when (channel.Length > 0)
            {
                logger.LogInformation("The response_url failed ({Error}); answering ephemerally in the channel instead", ex.Error);
            }
        }
        if (channel.Length > 0)
            await api.PostEphemeralAsync(channel, user, message["text"]!.GetValue<string>(), message["blocks"]?.DeepClone().AsArray(), ct);
    }

    private JsonObject Ephemeral(CommandReply reply)
    {
        var text = reply.IsError ? $":warning: {reply.Text}" : reply.Text;
        var (fallback, blocks) = messages.Render(new ChatMessage(text, reply.Card));
        var message = new JsonObject { ["response_type"] = "ephemeral", ["replace_original"] = false, ["text"] = fallback };
        if (blocks is not null) message["blocks"] = blocks;
        return message;
    }
}
