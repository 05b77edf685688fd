using System.Text.Json;
using ChatOps.Bot.Hosting;
using ChatOps.Bot.Teams.AdaptiveCards;
using ChatOps.Core.Commands;
using ChatOps.Core.Messaging;

namespace ChatOps.Bot.Teams.Inbound;

/// <summary>
/// Dialogs (task modules): <c>task/fetch</c> opens the declare or status-update form, answered at once without
/// waiting for other work; <c>task/submit</c> checks the fields (a refused submission shows the dialog again with
/// each error under its field and nothing changed), then stores the submission once by activity id and closes the
/// dialog; the result is posted in the conversation.
/// https://learn.microsoft.com/microsoftteams/platform/task-modules-and-cards/task-modules/task-modules-bots
/// </summary>
public sealed class DialogHandler(IServiceProvider services, TeamsIntake intake, TeamsPeople people)
{
    public const string Fetch = "task/fetch";
    public const string Submit = "task/submit";

    public async Task<TeamsAnswer> FetchAsync(TeamsActivity activity, CancellationToken ct)
    {
        var data = ActionData.Read(Data(activity));
        if (data is null) return InvokeAnswers.DialogMessage("This button opens nothing the bot knows; ask for a fresh card with incident status.");
        var reply = await FormAsync(activity, data, ct);
        return reply.Form is { } form
            ? InvokeAnswers.Dialog(AdaptiveDialogs.Continue(form, AdaptiveDialogs.Render(form)))
            : InvokeAnswers.DialogMessage(reply.Text);
    }

    public async Task<TeamsAnswer> SubmitAsync(TeamsActivity activity, CancellationToken ct)
    {
        var submitted = Data(activity);
        var data = ActionData.Read(submitted);
        if (data is null || !ActionIds.Forms.Contains(data.Form)) return InvokeAnswers.DialogMessage("This dialog is not one the bot knows; open it again from a fresh card.");
        var values = ActionData.Inputs(submitted!.Value);
        var errors = await services.ReadEngineAsync(engine => Task.FromResult(engine.ValidateSubmission(data.Form, values)));
        if (errors.Count > 0)
        {
            var reply = await FormAsync(activity, data, ct);
            return reply.Form is { } form
                ? InvokeAnswers.Dialog(AdaptiveDialogs.Continue(form, AdaptiveDialogs.Render(form, values, errors)))
                : InvokeAnswers.DialogMessage(reply.Text);
        }
        var intent = new TeamsIntent(TeamsIntent.Submit, activity.Actor, activity.Channel, activity.ServiceUrl, activity.ConversationId,
            Form: data.Form, Values: values, FormContext: data.Context);
        await intake.AcceptAsync(TeamsIntake.Key(activity), intent, ct);
        return InvokeAnswers.DialogMessage(data.Form == ActionIds.DeclareForm
            ? "Declaring: the incident channel and its card appear in a moment."
            : "Posting your update.");
    }

    /// <summary>The form a dialog shows: the declare form, or the status-update form of the incident the button named.</summary>
    private Task<CommandReply> FormAsync(TeamsActivity activity, ActionData data, CancellationToken ct)
    {
        var context = people.Context(activity.Actor, activity.Channel);
        return services.ReadEngineAsync(engine => data switch
        {
            { Form: ActionIds.DeclareForm } => engine.ExecuteAsync(context, new DeclareCommand(null, null), ct),
            { Form: ActionIds.UpdateForm } => engine.PressAsync(context, ActionIds.PostUpdate, data.Context, ct),
            { Action.Length: > 0 } => engine.PressAsync(context, data.Action, data.Value, ct),
            _ => Task.FromResult(CommandReply.Error("This button opens nothing the bot knows.")),
        });
    }

    private static JsonElement? Data(TeamsActivity activity) =>
        activity.Value is { } value && value.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object ? data : null;
}
