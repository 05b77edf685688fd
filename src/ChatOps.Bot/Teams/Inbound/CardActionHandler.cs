using System.Text.Json;
using ChatOps.Bot.Engine;
using ChatOps.Bot.Inbound;
using ChatOps.Bot.Protocol;
using ChatOps.Bot.Teams.AdaptiveCards;
using ChatOps.Core.Commands;
using ChatOps.Core.Engine;
using Microsoft.Extensions.Options;

namespace ChatOps.Bot.Teams.Inbound;

/// <summary>
/// <c>invoke adaptiveCard/action</c>, an <c>Action.Execute</c> button: the press is claimed in the inbox by the
/// activity id (a retried invoke changes nothing and gets the current card), carried out at once, and answered with
/// the refreshed card, which Teams puts in place of the pressed one. A refusal is shown to the person as a message;
/// a press that takes longer than <see cref="TeamsOptions.InvokeTimeout"/> is answered "still working" and finishes.
/// </summary>
public sealed class CardActionHandler(
    IServiceProvider services, Intake intake, IntentProcessor processor, TeamsMessages messages, IOptions<TeamsOptions> options, TimeProvider time,
    ILogger<CardActionHandler> logger)
{
    public const string Name = "adaptiveCard/action";

    public async Task<TeamsAnswer> HandleAsync(TeamsActivity activity, CancellationToken ct)
    {
        var action = activity.Value is { } value && value.TryGetProperty("action", out var a) && a.ValueKind == JsonValueKind.Object ? a : default;
        if (action.ValueKind != JsonValueKind.Object) return InvokeAnswers.BadRequest("An adaptiveCard/action invoke needs value.action.");
        var data = ActionData.Read(action.TryGetProperty("data", out var d) ? d : null) ?? new ActionData();
        if (data.Action.Length == 0) data = data with { Action = action.Str("verb") };
        var press = new PressInput(data.Action, data.Value);
        if (await services.ReadEngineAsync(engine => Task.FromResult(engine.Translate(press))) is { Refusal: { } unknown })
            return InvokeAnswers.BadRequest(TeamsMessages.InTeamsGrammar(unknown.Text));

        var intent = InboundIntent.Pressed(activity.Actor, activity.Channel, data.Action, data.Value) with { Reply = TeamsFrontEnd.ReplyAddress(activity, inThread: false) };
        var key = TeamsFrontEnd.Key(activity);
        if (!await intake.ClaimAsync(TeamsPlatform.Name, key, intent, ct)) return await CurrentAsync(press, "Already done.", ct);

        var work = PressAsync(key, intent);
        CommandReply? reply;
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
            return InvokeAnswers.Message($"That did not go through ({ex.Message}). Check {TeamsMessages.Command} status before trying again.");
        }
        return reply is { IsError: true } ? InvokeAnswers.Message(await messages.PlainAsync(reply.Text, ct)) : await CurrentAsync(press, reply?.Text ?? "Done.", ct);
    }

    /// <summary>The press, on its own: it finishes (and a failure is recorded) even when the invoke is answered first.</summary>
    private async Task<CommandReply?> PressAsync(string key, InboundIntent intent)
    {
        try
        {
            return await processor.RunNowAsync(TeamsPlatform.Name, intent, CancellationToken.None);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Card action {Action} {Value} failed", intent.ActionId, intent.Value);
            await intake.FailClaimedAsync(key, $"{ex.GetType().Name}: {ex.Message}", CancellationToken.None);
            throw;
        }
    }

    /// <summary>The card the pressed one turns into, from what is stored now; else a short message.</summary>
    private async Task<TeamsAnswer> CurrentAsync(PressInput press, string otherwise, CancellationToken ct) =>
        await services.ReadEngineAsync(engine => engine.PressedCardAsync(press, ct)) is { } card
            ? InvokeAnswers.Card(await messages.RenderCardAsync(card, ct))
            : InvokeAnswers.Message(await messages.PlainAsync(otherwise, ct));
}
