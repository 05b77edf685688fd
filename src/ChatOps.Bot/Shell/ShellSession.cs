using ChatOps.Bot.Engine;
using ChatOps.Core.Commands;
using ChatOps.Core.Engine;
using ChatOps.Core.Messaging;

namespace ChatOps.Bot.Shell;

/// <summary>
/// The terminal front end: reads lines, runs <c>/incident</c> commands as the current user in the current channel,
/// handles the shell's own commands, and fires what is due after every line.
/// </summary>
public sealed partial class ShellSession(IServiceProvider services, ShellPlatform platform, ShellTranscript transcript, ShellClock clock, ShellInput input, string user)
{
    public const string Platform = "shell";
    public const string Lobby = "general";

    private readonly ShellForms _forms = new(input, transcript);
    private string _user = user;
    private string _channel = Lobby;
    private bool _quit;

    public async Task RunAsync(CancellationToken ct)
    {
        transcript.Line($"ChatOps shell. You are @{_user} in #{_channel}; the clock reads {Core.Clock.Format(clock.GetUtcNow())}. Type /help.");
        await GuardAsync(() => FireDueAsync(ct));
        while (!_quit && !ct.IsCancellationRequested)
        {
            if (!input.IsScript) transcript.Prompt($"[#{_channel}] {_user}> ");
            var line = input.ReadCommand();
            if (line is null) break;
            if (input.IsScript) transcript.Line($"[#{_channel}] {_user}> {line}");
            await GuardAsync(() => HandleAsync(line, ct));
            await GuardAsync(() => FireDueAsync(ct));
        }
    }

    /// <summary>One failing line must never end the session: report it and carry on (the transaction rolled back).</summary>
    private async Task GuardAsync(Func<Task> work)
    {
        try
        {
            await work();
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception ex)
        {
            transcript.Reply($"Something went wrong ({ex.GetType().Name}: {ex.Message}). Nothing half-done was saved; try again.", true);
        }
    }

    private Task HandleAsync(string line, CancellationToken ct)
    {
        var word = line.Split(' ', 2)[0].ToLowerInvariant();
        var rest = line.Length > word.Length ? line[word.Length..].Trim() : "";
        return word switch
        {
            "/incident" or "incident" => RunIncidentAsync(line, ct),
            "/as" => Task.Run(() => SwitchUser(rest), ct),
            "/join" => JoinAsync(rest, ct),
            "/clock" => AdvanceClockAsync(rest, ct),
            "/click" => ClickAsync(rest, ct),
            "/help" => Task.Run(ShowHelp, ct),
            "/quit" or "/exit" => Task.Run(() => _quit = true, ct),
            _ when word.StartsWith('/') => Task.Run(() => transcript.Reply($"Unknown command '{word}'. Type /help for the commands.", true), ct),
            _ => Task.Run(() => transcript.Line($"[#{_channel}] {_user}: {line}"), ct),
        };
    }

    private CommandContext Context => new(_user, _channel, Platform);

    /// <summary>One unit of work on the engine, as the current user in the current channel, at the shell's clock.</summary>
    private Task<CommandReply> HandleAsync(EngineInput input, CancellationToken ct)
    {
        var work = new UnitOfWork(Context, clock.GetUtcNow());
        return services.WithEngineAsync(work, engine => engine.HandleAsync(work, input, ct), ct);
    }

    private async Task RunIncidentAsync(string line, CancellationToken ct) => await ShowAsync(await HandleAsync(new TypedInput(line), ct), ct);

    private async Task ShowAsync(CommandReply reply, CancellationToken ct)
    {
        transcript.Reply(reply.Text, reply.IsError);
        if (reply.Card is { } card) transcript.WriteCard(card, platform.Cards.Show(null, card));
        if (reply.Channel is { } channel && channel != _channel)
        {
            _channel = channel;
            transcript.System($"you are now in #{channel}");
        }
        if (reply.Form is { } form) await FillFormAsync(form, ct);
    }

    /// <summary>
    /// Asks the form's fields, each checked by the engine as it is answered, and submits; what the engine still refuses
    /// is asked again, keeping every other answer, until it is accepted or abandoned (/cancel, or the end of a script).
    /// </summary>
    private async Task FillFormAsync(Form form, CancellationToken ct)
    {
        var answers = await _forms.AskAsync(form, values => FieldErrorsAsync(form, values), ct: ct);
        while (answers is not null)
        {
            var reply = await HandleAsync(new SubmissionInput(form.Id, answers, form.Context), ct);
            if (reply.FieldErrors is not { Count: > 0 } errors)
            {
                await ShowAsync(reply, ct);
                return;
            }
            answers = await _forms.AskAsync(form, values => FieldErrorsAsync(form, values), answers, errors, ct);
        }
    }

    /// <summary>What the engine says of the answers so far, changing nothing (the submission is only read).</summary>
    private Task<IReadOnlyDictionary<string, string>> FieldErrorsAsync(Form form, Dictionary<string, string> values) =>
        services.ReadEngineAsync(engine => Task.FromResult<IReadOnlyDictionary<string, string>>(
            engine.Translate(new SubmissionInput(form.Id, values, form.Context)).Intent?.FieldErrors ?? new Dictionary<string, string>()));

    /// <summary><c>/click N</c> presses button N of the latest card; <c>/click C N</c> of card C; <c>/click INC-… N</c> of the incident's card.</summary>
    private async Task ClickAsync(string argument, CancellationToken ct)
    {
        if (platform.Cards.Count == 0)
        {
            transcript.Reply("There is no card with buttons yet.", true);
            return;
        }
        var words = argument.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 1 or > 2 || !int.TryParse(words[^1], out var n))
        {
            transcript.Reply("Press a button: /click N on the latest card, /click C N on card C, or /click INC-… N on an incident's card.", true);
            return;
        }
        var card = words.Length == 1 ? platform.Cards.Latest
            : int.TryParse(words[0], out var number) ? platform.Cards.Numbered(number)
            : platform.Cards.OfIncident(words[0]);
        if (card is null)
        {
            transcript.Reply(int.TryParse(words[0], out _)
                ? $"There is no card {words[0]}; the cards shown are 1 to {platform.Cards.Count}."
                : $"{words[0].ToUpperInvariant()} has no card shown here; /incident status in its channel shows it.", true);
            return;
        }
        if (n < 1 || n > card.Buttons.Count)
        {
            transcript.Reply(card.Buttons.Count == 0 ? $"Card {card.Number} has no buttons any more." : $"Card {card.Number} has buttons 1 to {card.Buttons.Count}.", true);
            return;
        }
        var button = card.Buttons[n - 1];
        if (button.Confirm is { } question)
        {
            transcript.Prompt($"  {question} (y/N): ");
            var answer = input.ReadAnswer()?.Trim().ToLowerInvariant();
            if (answer is not ("y" or "yes"))
            {
                transcript.System("not confirmed; nothing changed");
                return;
            }
        }
        await ShowAsync(await HandleAsync(new PressInput(button.ActionId, button.Value), ct), ct);
    }

    private async Task FireDueAsync(CancellationToken ct) => await ShellApp.FireDueAsync(services, clock, ct);
}
