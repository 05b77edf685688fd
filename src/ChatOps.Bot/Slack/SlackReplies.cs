using System.Text.Json.Nodes;
using ChatOps.Bot.Slack.Api;
using ChatOps.Core.Commands;
using ChatOps.Core.Messaging;

namespace ChatOps.Bot.Slack;

/// <summary>Shows a command's reply to the person who acted: a modal for a form, else an ephemeral message.</summary>
public sealed class SlackReplies(SlackApiClient api, SlackMessages messages, ILogger<SlackReplies> logger)
{
    /// <summary>Answers inside the HTTP request: opens the form while the trigger id is fresh, or returns the message.</summary>
    public async Task<Inbound.SlackAnswer> AnswerAsync(CommandReply reply, CommandContext context, string triggerId, CancellationToken ct, string? responseUrl = null)
    {
        if (reply.Form is { } form)
        {
            await api.OpenViewAsync(triggerId, SlackModals.Render(form, context.ChannelId), ct);
            return Inbound.SlackAnswer.Ok;
        }
        var message = Ephemeral(reply);
        if (string.IsNullOrEmpty(responseUrl)) return Inbound.SlackAnswer.Json(message);
        await api.PostToResponseUrlAsync(new Uri(responseUrl), message, ct);
        return Inbound.SlackAnswer.Ok;
    }

    /// <summary>Delivers the reply of work done after the acknowledgement.</summary>
    public async Task DeliverAsync(CommandReply reply, SlackIntent intent, CancellationToken ct)
    {
        if (reply.Form is { } form && !string.IsNullOrEmpty(intent.TriggerId))
        {
            try
            {
                await api.OpenViewAsync(intent.TriggerId, SlackModals.Render(form, intent.Channel), ct);
                return;
            }
            catch (SlackApiException ex)
            {
                logger.LogInformation("Could not open the form late ({Error}); asking the user to try again", ex.Error);
                reply = CommandReply.Error("The form could not be opened in time; run the command again.");
            }
        }
        var message = Ephemeral(reply);
        if (!string.IsNullOrEmpty(intent.ResponseUrl))
            await api.PostToResponseUrlAsync(new Uri(intent.ResponseUrl), message, ct);
        else if (intent.Channel.Length > 0)
            await api.PostEphemeralAsync(intent.Channel, intent.User, message["text"]!.GetValue<string>(), message["blocks"]?.DeepClone().AsArray(), ct);
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
