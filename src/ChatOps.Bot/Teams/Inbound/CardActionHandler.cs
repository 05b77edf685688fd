using System.Text.Json;
using ChatOps.Bot.Slack.Inbound;
using ChatOps.Bot.Teams.AdaptiveCards;
using ChatOps.Core.Commands;
using Microsoft.Extensions.Options;

namespace ChatOps.Bot.Teams.Inbound;

/// <summary>
/// <c>invoke adaptiveCard/action</c>, an <c>Action.Execute</c> button: the press is claimed in the inbox by the
/// activity id (a retried invoke changes nothing and gets the current card), carried out at once, and answered with
/// the refreshed card, which Teams puts in place of the pressed one. A refusal is shown to the person as a message;
/// a press that takes longer than <see cref="TeamsOptions.InvokeTimeout"/> is answered "still working" and finishes.
/// </summary>
public sealed class CardActionHandler(
    TeamsIntake intake, TeamsIntentProcessor processor, TeamsCardRefresh refresh, IOptions<TeamsOptions> options, TimeProvider time,
    ILogger<CardActionHandler> logger)
{
    public const string Name = "adaptiveCard/action";

    public async Task<TeamsAnswer> HandleAsync(TeamsActivity activity, CancellationToken ct)
    {
        var action = activity.Value is { } value && value.TryGetProperty("action", out var a) && a.ValueKind == JsonValueKind.Object ? a : default;
        if (action.ValueKind != JsonValueKind.Object) return InvokeAnswers.BadRequest("An adaptiveCard/action invoke needs value.action.");
        var data = ActionData.Read(action.TryGetProperty("data", out var d) ? d : null) ?? new ActionData();
        if (data.Action.Length == 0) data = data with { Action = action.Str("verb") };
        if (!ActionIds.Buttons.Contains(data.Action)) return InvokeAnswers.BadRequest($"Unknown button '{data.Action}'. This card may come from an older version; ask for a fresh one with incident status.");

        var intent = new TeamsIntent(TeamsIntent.Press, activity.Actor, activity.Channel, activity.ServiceUrl, activity.ConversationId, Action: data.Action, Value: data.Value);
        var key = TeamsIntake.Key(activity);
        if (!await intake.ClaimAsync(key, intent, ct)) return await CurrentAsync(data, "Already done.", ct);

        var work = PressAsync(key, intent);
        CommandReply reply;
        try
        {
            reply = await work.WaitAsync(options.Value.InvokeTimeout, time, ct);
        }
        catch (TimeoutException)
        {
            return InvokeAnswers.Message("Still working on it; the incident card updates when it is done.");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return InvokeAnswers.Message($"That did not go through ({ex.Message}). Check incident status before trying again.");
        }
        return reply.IsError ? InvokeAnswers.Message(reply.Text) : await CurrentAsync(data, reply.Text, ct);
    }

    /// <summary>The press, on its own: it finishes (and a failure is recorded) even when the invoke is answered first.</summary>
    private async Task<CommandReply> PressAsync(string key, TeamsIntent intent)
    {
        try
        {
            return await processor.PressAsync(intent, CancellationToken.None);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Card action {Action} {Value} failed", intent.Action, intent.Value);
            await intake.FailClaimedAsync(key, $"{ex.GetType().Name}: {ex.Message}", CancellationToken.None);
            throw;
        }
    }

    private async Task<TeamsAnswer> CurrentAsync(ActionData data, string otherwise, CancellationToken ct) =>
        await refresh.AfterAsync(data, ct) is { } card ? InvokeAnswers.Card(card) : InvokeAnswers.Message(otherwise);
}
