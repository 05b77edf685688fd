using System.Text.Json;
using ChatOps.Bot.Engine;
using ChatOps.Bot.Inbound;
using ChatOps.Bot.Protocol;
using ChatOps.Bot.Signals;
using ChatOps.Bot.Teams.AdaptiveCards;
using ChatOps.Core.Commands;
using ChatOps.Core.Engine;
using Microsoft.Extensions.Options;

namespace ChatOps.Bot.Teams.Inbound;

/// <summary>
/// <c>invoke adaptiveCard/action</c>, an <c>Action.Execute</c> button: the press is stored in the inbox by the activity
/// id (a retried invoke changes nothing and gets the current card) and carried out by the inbox worker like any other
/// intent, while the invoke waits up to <see cref="TeamsOptions.InvokeTimeout"/> to answer with the refreshed card,
/// which Teams puts in place of the pressed one, or the refusal, shown to the person. A press not done by then (the
/// bot is busy, or waiting on Graph) is answered "still working"; it is carried out all the same, and its reply posted.
/// </summary>
public sealed class CardActionHandler(IServiceProvider services, Intake intake, PressAnswers answers, RequestsInFlight requests, TeamsMessages messages, IOptions<TeamsOptions> options)
{
    public const string Name = "adaptiveCard/action";

    public const string StillWorking = "Still working on it: your press is saved and will be carried out; the card updates, and a reply follows, when it is done.";

    public async Task<TeamsAnswer> HandleAsync(TeamsActivity activity, CancellationToken ct)
    {
        var action = activity.Value is { } value && value.TryGetProperty("action", out var a) && a.ValueKind == JsonValueKind.Object ? a : default;
        if (action.ValueKind != JsonValueKind.Object) return InvokeAnswers.BadRequest("An adaptiveCard/action invoke needs value.action.");
        var data = ActionData.Read(action.TryGetProperty("data", out var d) ? d : null) ?? new ActionData();
        if (data.Action.Length == 0) data = data with { Action = action.Str("verb") };
        var press = new PressInput(data.Action, data.Value);
        if (await services.ReadEngineAsync(engine => Task.FromResult(engine.Translate(press))) is { Refusal: { } unknown })
            return InvokeAnswers.BadRequest(TeamsMessages.InTeamsGrammar(unknown.Text));

        var key = TeamsFrontEnd.Key(activity);
        var intent = InboundIntent.Pressed(activity.Actor, activity.Channel, data.Action, data.Value) with { Reply = TeamsFrontEnd.ReplyAddress(activity, inThread: false, awaitedAs: key) };
        var answer = answers.Expect(key);
        CommandReply reply;
        try
        {
            if (!await intake.RecordAsync(TeamsPlatform.Name, key, intent, ct))
            {
                answers.StopWaiting(key);
                return await CurrentAsync(press, "Already received.", ct);
            }
            // Teams' deadline runs on the wall clock, whatever clock the incidents run on. The inbox worker carries the
            // press out meanwhile: it must not give way to this request, which waits for it.
            using (requests.StepAside())
                reply = await answer.WaitAsync(options.Value.InvokeTimeout, TimeProvider.System, ct);
        }
        catch (TimeoutException)
        {
            if (answers.StopWaiting(key)) return InvokeAnswers.Message(StillWorking);
            reply = await answer; // the reply came as the wait ended
        }
        catch
        {
            answers.StopWaiting(key);
            throw;
        }
        return reply.IsError ? InvokeAnswers.Message(await messages.PlainAsync(reply.Text, ct)) : await CurrentAsync(press, reply.Text, ct);
    }

    /// <summary>The card the pressed one turns into, from what is stored now; else a short message.</summary>
    private async Task<TeamsAnswer> CurrentAsync(PressInput press, string otherwise, CancellationToken ct) =>
        await services.ReadEngineAsync(engine => engine.PressedCardAsync(press, ct)) is { } card
            ? InvokeAnswers.Card(await messages.RenderCardAsync(card, ct))
            : InvokeAnswers.Message(await messages.PlainAsync(otherwise, ct));
}
