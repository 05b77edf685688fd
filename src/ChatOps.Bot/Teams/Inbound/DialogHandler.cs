using System.Text.Json;
using ChatOps.Bot.Engine;
using ChatOps.Bot.Teams.AdaptiveCards;
using ChatOps.Bot.Inbound;
using ChatOps.Core.Commands;
using ChatOps.Core.Engine;
using ChatOps.Core.Messaging;

namespace ChatOps.Bot.Teams.Inbound;

/// <summary>
/// Dialogs (task modules): <c>task/fetch</c> opens the declare or status-update form, answered at once without
/// waiting for other work; <c>task/submit</c> checks the fields (a refused submission shows the dialog again with
/// each error under its field and nothing changed), then stores the submission once by activity id and closes the
/// dialog; the result is posted in the conversation.
/// https://learn.microsoft.com/microsoftteams/platform/task-modules-and-cards/task-modules/task-modules-bots
/// </summary>
public sealed class DialogHandler(IServiceProvider services, Intake intake, TeamsPeople people, TeamsMessages messages, TimeProvider time)
{
    public const string Fetch = "task/fetch";
    public const string Submit = "task/submit";

    public async Task<TeamsAnswer> FetchAsync(TeamsActivity activity, CancellationToken ct)
    {
        var data = ActionData.Read(Data(activity));
        if (data is null) return InvokeAnswers.DialogMessage($"This button opens nothing the bot knows; ask for a fresh card with {TeamsMessages.Command} status.");
        var reply = await FormAsync(activity, data, ct);
        return reply.Form is { } form
            ? InvokeAnswers.Dialog(AdaptiveDialogs.Continue(form, AdaptiveDialogs.Render(form)))
            : InvokeAnswers.DialogMessage(await messages.PlainAsync(reply.Text, ct));
    }

    public async Task<TeamsAnswer> SubmitAsync(TeamsActivity activity, CancellationToken ct)
    {
        var submitted = Data(activity);
        var data = ActionData.Read(submitted);
        if (data is null || data.Form.Length == 0) return InvokeAnswers.DialogMessage("This dialog is not one the bot knows; open it again from a fresh card.");
        var values = ActionData.Inputs(submitted!.Value);
        var intent = InboundIntent.Submitted(activity.Actor, activity.Channel, data.Form, values, data.Context) with { Reply = TeamsFrontEnd.ReplyAddress(activity, inThread: false) };
        var answer = await intake.AdmitAsync(TeamsPlatform.Name, TeamsFrontEnd.Key(activity), intent, people.Context(activity.Actor, activity.Channel), ct);
        if (answer is { FieldErrors: { Count: > 0 } errors })
        {
            var reply = await FormAsync(activity, data, ct);
            return reply.Form is { } form
                ? InvokeAnswers.Dialog(AdaptiveDialogs.Continue(form, AdaptiveDialogs.Render(form, values, errors)))
                : InvokeAnswers.DialogMessage(await messages.PlainAsync(reply.Text, ct));
        }
        if (answer is not null) return InvokeAnswers.DialogMessage(await messages.PlainAsync(answer.Text, ct));
        return InvokeAnswers.DialogMessage(data.Context.Length == 0
            ? "Declaring: the incident channel and its card appear in a moment."
            : "Posting your update.");
    }

    /// <summary>The form a dialog shows: the declare form, or the status-update form of the incident the button named.</summary>
    private Task<CommandReply> FormAsync(TeamsActivity activity, ActionData data, CancellationToken ct)
    {
        var work = new UnitOfWork(people.Context(activity.Actor, activity.Channel), time.GetUtcNow());
        EngineInput? input = data.Form.Length > 0 ? new OpenFormInput(data.Form, data.Context)
            : data.Action.Length > 0 ? new PressInput(data.Action, data.Value)
            : null;
        return input is null
            ? Task.FromResult(CommandReply.Error("This button opens nothing the bot knows."))
            : services.ReadEngineAsync(engine => engine.HandleAsync(work, input, ct));
    }

    private static JsonElement? Data(TeamsActivity activity) =>
        activity.Value is { } value && value.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object ? data : null;
}
