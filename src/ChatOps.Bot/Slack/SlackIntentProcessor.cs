using System.Text.Json;
using ChatOps.Bot.Hosting;
using ChatOps.Bot.Slack.Api;
using ChatOps.Core.Commands;

namespace ChatOps.Bot.Slack;

/// <summary>Carries out a stored Slack intent on the engine and shows the reply to whoever acted.</summary>
public sealed class SlackIntentProcessor(IServiceProvider services, SlackApiClient api, SlackReplies replies, SlackPeople people) : IInboundProcessor
{
    public string Platform => SlackPlatform.Name;

    public async Task ProcessAsync(string kind, string payload, CancellationToken ct)
    {
        var intent = JsonSerializer.Deserialize<SlackIntent>(payload, SlackIntake.Json)
            ?? throw new InvalidOperationException("An empty Slack intent was stored.");
        var context = await people.ContextAsync(intent.User, intent.Channel, ct);
        switch (intent.Kind)
        {
            case SlackIntent.Command:
                await replies.DeliverAsync(await Engine(e => e.RunAsync(context, intent.Text ?? "", ct), ct), intent, ct);
                break;
            case SlackIntent.Action:
                await replies.DeliverAsync(await Engine(e => e.PressAsync(context, intent.ActionId ?? "", intent.Value ?? "", ct), ct), intent, ct);
                break;
            case SlackIntent.View:
                var outcome = await Engine(e => e.SubmitAsync(context, intent.FormId ?? "", intent.Values ?? [], intent.FormContext ?? "", ct), ct);
                var reply = outcome.Reply ?? CommandReply.Error("The form had errors: " + string.Join("; ", outcome.FieldErrors.Values));
                await replies.DeliverAsync(reply, intent, ct);
                break;
            case SlackIntent.Event:
                await EventAsync(intent, context, ct);
                break;
        }
    }

    public async Task ReportFailureAsync(string kind, string payload, string error, CancellationToken ct)
    {
        var intent = JsonSerializer.Deserialize<SlackIntent>(payload, SlackIntake.Json);
        if (intent is null || intent.Kind == SlackIntent.Event) return;
        var reply = CommandReply.Error($"That did not go through ({error}). Check /incident status or /incident list before trying again.");
        await replies.DeliverAsync(reply, intent with { TriggerId = null }, ct);
    }

    private async Task EventAsync(SlackIntent intent, CommandContext context, CancellationToken ct)
    {
        switch (intent.EventType)
        {
            case "reaction_added" when intent.Reaction == Inbound.SlackEventEndpoint.PinReaction && !string.IsNullOrEmpty(intent.ItemTs):
                var message = await api.GetMessageAsync(intent.Channel, intent.ItemTs, ct);
                var text = message is { } m && m.TryGetProperty("text", out var t) ? t.GetString() ?? "" : "";
                var author = message is { } m2 && m2.TryGetProperty("user", out var u) ? u.GetString() : null;
                if (text.Length > 0) await Engine(e => e.AddToTimelineAsync(context, author is null ? text : $"{author}: {text}", ct), ct);
                break;
            case "app_mention":
                await api.PostEphemeralAsync(intent.Channel, intent.User, $"Hi! Use the /incident command:\n```{CommandParser.Usage}```", null, ct);
                break;
            case "member_joined_channel":
                await Engine(e => e.RecordJoinAsync(context, ct), ct);
                break;
        }
    }

    private Task<T> Engine<T>(Func<IncidentService, Task<T>> work, CancellationToken ct) => services.WithEngineAsync(work, ct);
}
