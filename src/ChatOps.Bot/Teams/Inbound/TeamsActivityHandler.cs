using ChatOps.Bot.Inbound;
using ChatOps.Bot.Teams.AdaptiveCards;
using ChatOps.Bot.Protocol;

namespace ChatOps.Bot.Teams.Inbound;

/// <summary>
/// Handles a verified activity by type: messages (commands typed to the bot, and <c>Action.Submit</c> presses that
/// carry <c>value</c>) are stored for the inbox worker; invokes (card buttons, dialogs) are answered in the response;
/// the bot being added to a conversation is welcomed. Everything else is acknowledged and ignored.
/// </summary>
public sealed class TeamsActivityHandler(
    Intake intake, CardActionHandler cardActions, DialogHandler dialogs, TeamsServiceUrl serviceUrl, TeamsDirectory directory)
{
    public async Task<TeamsAnswer> HandleAsync(TeamsActivity activity, CancellationToken ct)
    {
        await serviceUrl.LearnAsync(activity.ServiceUrl, ct);
        if (activity.FromAadObjectId.Length > 0) await directory.LearnAsync(activity.FromAadObjectId, activity.FromName, ct);
        foreach (var (id, name) in MessageText.MentionedPeople(activity)) await directory.LearnAsync(id, name, ct);
        return activity.Type switch
        {
            TeamsActivity.MessageType => await MessageAsync(activity, ct),
            TeamsActivity.InvokeType => activity.Name switch
            {
                CardActionHandler.Name => await cardActions.HandleAsync(activity, ct),
                DialogHandler.Fetch => await dialogs.FetchAsync(activity, ct),
                DialogHandler.Submit => await dialogs.SubmitAsync(activity, ct),
                _ => TeamsAnswer.Ok,
            },
            TeamsActivity.ConversationUpdateType => await ConversationUpdateAsync(activity, ct),
            _ => TeamsAnswer.Ok,
        };
    }

    private async Task<TeamsAnswer> MessageAsync(TeamsActivity activity, CancellationToken ct)
    {
        if (activity.Actor.Length == 0 || activity.ConversationId.Length == 0)
            return TeamsAnswer.BadRequest("A message activity needs from.id and conversation.id.");
        var pressed = ActionData.Read(activity.Value);
        var intent = pressed is { Action.Length: > 0 }
            ? InboundIntent.Pressed(activity.Actor, activity.Channel, pressed.Action, pressed.Value)
            : InboundIntent.Typed(activity.Actor, activity.Channel, MessageText.Command(activity));
        await intake.RecordAsync(TeamsPlatform.Name, TeamsFrontEnd.Key(activity), intent with { Reply = TeamsFrontEnd.ReplyAddress(activity, inThread: true) }, ct);
        return TeamsAnswer.Ok;
    }

    private async Task<TeamsAnswer> ConversationUpdateAsync(TeamsActivity activity, CancellationToken ct)
    {
        var botAdded = activity.MembersAdded.Any(m => m.ValueKind == System.Text.Json.JsonValueKind.Object
            && m.Str("id") == activity.RecipientId);
        if (botAdded && activity.ConversationId.Length > 0)
        {
            var welcome = InboundIntent.Raised(activity.Actor, activity.Channel, TeamsFrontEnd.BotAdded) with { Reply = TeamsFrontEnd.ReplyAddress(activity, inThread: false) };
            await intake.RecordAsync(TeamsPlatform.Name, TeamsFrontEnd.Key(activity), welcome, ct);
        }
        return TeamsAnswer.Ok;
    }
}
