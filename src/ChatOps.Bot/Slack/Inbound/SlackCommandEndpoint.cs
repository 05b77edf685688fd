using ChatOps.Bot.Hosting;
using ChatOps.Core.Commands;
using ChatOps.Core.Runbooks;

namespace ChatOps.Bot.Slack.Inbound;

/// <summary>
/// <c>POST /slack/commands</c>: the <c>/incident</c> slash command. Read-only commands and forms are answered at once
/// (a form must open while its trigger id is fresh), and so is a command the engine refuses whatever the incident's
/// state (unknown severity, empty title, not an incident channel); commands that change things are stored in the
/// inbox, acknowledged, and carried out by the inbox worker, whose reply arrives as an ephemeral message.
/// </summary>
public sealed class SlackCommandEndpoint(SlackRequestReader reader, IServiceProvider services, SlackIntake intake, SlackReplies replies, SlackPeople people, Runbook runbook)
{
    public async Task<IResult> HandleAsync(HttpContext http)
    {
        var (body, refusal) = await reader.ReadAsync(http.Request, SlackRequestReader.Form, http.RequestAborted);
        if (refusal is not null) return refusal;
        var (form, error) = SlackForm.Parse(body!);
        return form is null ? SlackAnswer.BadRequest(error!).ToResult() : (await HandleAsync(form, http.RequestAborted)).ToResult();
    }

    /// <summary>Handles the command's fields, from an HTTP form or a Socket Mode envelope.</summary>
    public async Task<SlackAnswer> HandleAsync(Dictionary<string, string> form, CancellationToken ct)
    {
        if (form.Get("ssl_check") == "1") return SlackAnswer.Ok;
        var (user, channel) = (form.Get("user_id"), form.Get("channel_id"));
        if (user.Length == 0 || channel.Length == 0) return SlackAnswer.BadRequest("A slash command needs user_id and channel_id.");
        if (ResponseUrls.Refusal(form.Get("response_url")) is { } badUrl) return badUrl;

        var text = form.Get("text");
        var parsed = CommandParser.Parse(text);
        if (parsed.Command is not { } command) return SlackAnswer.Ephemeral(parsed.Error!);
        if (command is DeclareCommand { Details.Kind: { } kind } && runbook.FindKind(kind) is null)
            return SlackAnswer.Ephemeral(runbook.UnknownKind(kind));
        var context = await people.ContextAsync(user, channel, ct);
        var reply = AnswersAtOnce(command)
            ? await services.ReadEngineAsync(engine => engine.ExecuteAsync(context, command, ct))
            : await services.ReadEngineAsync(engine => engine.RefuseAsync(context, command, ct));
        if (reply is not null) return await replies.AnswerAsync(reply, context, form.Get("trigger_id"), ct);

        var intent = new SlackIntent(SlackIntent.Command, user, channel, Text: text, ResponseUrl: form.Get("response_url"), TriggerId: form.Get("trigger_id"));
        var key = form.Get("trigger_id") is { Length: > 0 } trigger ? trigger : SlackIntake.Hash(string.Join('&', form.Select(f => $"{f.Key}={f.Value}")));
        await intake.AcceptAsync($"slack:command:{key}", intent, ct);
        return SlackAnswer.Ok;
    }

    /// <summary>Forms to open and read-only answers need no slow work.</summary>
    private static bool AnswersAtOnce(IncidentCommand command) => command is
        DeclareCommand { Severity: null } or PostUpdateCommand { Status: null } or ListCommand or StatusCommand or HelpCommand or AuditCommand;
}
