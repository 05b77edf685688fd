using System.Text.Json;
using ChatOps.Bot.Hosting;
using ChatOps.Bot.Teams.Connector;
using ChatOps.Core.Commands;

namespace ChatOps.Bot.Teams;

/// <summary>Carries out a stored Teams intent on the engine, acting for the person, and answers them in the conversation.</summary>
public sealed class TeamsIntentProcessor(IServiceProvider services, BotConnectorClient connector, TeamsMessages messages, TeamsPeople people) : IInboundProcessor
{
    public const string Welcome = "Hi, I'm ChatOps, the incident bot. Mention me with a command, for example @ChatOps incident declare P1 Checkout is slow, or @ChatOps incident declare for the form.";

    public string Platform => TeamsPlatform.Name;

    public async Task ProcessAsync(string kind, string payload, CancellationToken ct)
    {
        var intent = Read(payload) ?? throw new InvalidOperationException("An empty Teams intent was stored.");
        var reply = intent.Kind switch
        {
            TeamsIntent.Command => await Engine(intent, e => e.RunAsync(Context(intent), intent.Text ?? "", ct), ct),
            TeamsIntent.Press => await PressAsync(intent, ct),
            TeamsIntent.Submit => await SubmitAsync(intent, ct),
            TeamsIntent.Welcome => new CommandReply($"{Welcome}\n{CommandParser.Usage}"),
            _ => null,
        };
        if (reply is not null) await DeliverAsync(reply, intent, ct);
    }

    public async Task ReportFailureAsync(string kind, string payload, string error, CancellationToken ct)
    {
        if (Read(payload) is not { Kind: not TeamsIntent.Welcome } intent) return;
        var reply = CommandReply.Error($"That did not go through ({error}). Check @ChatOps incident status or incident list before trying again.");
        await DeliverAsync(reply, intent, ct);
    }

    /// <summary>A button press on the engine; the card's own answer (<c>adaptiveCard/action</c>) uses it too.</summary>
    public Task<CommandReply> PressAsync(TeamsIntent intent, CancellationToken ct) =>
        Engine(intent, e => e.PressAsync(Context(intent), intent.Action ?? "", intent.Value ?? "", ct), ct);

    private async Task<CommandReply> SubmitAsync(TeamsIntent intent, CancellationToken ct)
    {
        var outcome = await Engine(intent, e => e.SubmitAsync(Context(intent), intent.Form ?? "", intent.Values ?? [], intent.FormContext ?? "", ct), ct);
        return outcome.Reply ?? CommandReply.Error("The form had errors: " + string.Join("; ", outcome.FieldErrors.Values));
    }

    /// <summary>A reply in the thread of the message that asked, or a post in the conversation of a card or dialog.</summary>
    private async Task DeliverAsync(CommandReply reply, TeamsIntent intent, CancellationToken ct)
    {
        var activity = await messages.RenderReplyAsync(reply, ct);
        if (intent.ReplyTo is { Length: > 0 } replyTo) await connector.ReplyAsync(intent.ServiceUrl, intent.Conversation, replyTo, activity, ct);
        else await connector.SendAsync(intent.ServiceUrl, intent.Conversation, activity, ct);
    }

    private async Task<T> Engine<T>(TeamsIntent intent, Func<IncidentService, Task<T>> work, CancellationToken ct)
    {
        using (ActingFor.Begin(TeamsPlatform.Name, intent.Actor))
            return await services.WithEngineAsync(work, ct);
    }

    private CommandContext Context(TeamsIntent intent) => people.Context(intent.Actor, intent.Channel);

    private static TeamsIntent? Read(string payload) => JsonSerializer.Deserialize<TeamsIntent>(payload, TeamsIntake.Json);
}
