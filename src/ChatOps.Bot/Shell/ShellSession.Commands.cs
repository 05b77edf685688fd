using ChatOps.Bot.Engine;
using ChatOps.Bot.Persistence;
using ChatOps.Core.Access;
using ChatOps.Core.Commands;
using ChatOps.Core.Engine;
using ChatOps.Core.Ports;
using ChatOps.Core.Runbooks;
using ChatOps.Core.Time;

namespace ChatOps.Bot.Shell;

/// <summary>The shell's own commands: /as, /join, /clock, /help.</summary>
public sealed partial class ShellSession
{
    public const string ClockSetting = "shell.clock.offset";

    public const string Help = """
        Shell commands:
          /incident ...        the incident commands (/incident help lists them)
          /as <user>           act as another person
          /join <#channel>     move to a channel (commands in an incident channel apply to that incident);
                               joining an incident's channel makes you one of its participants
          /click N             press button N of the latest card
          /click C N           press button N of card C (each card with buttons shows its number)
          /click INC-… N       press button N of that incident's card
          /clock +<duration>   advance the virtual clock (e.g. /clock +5m) so reminders and escalations fall due
          /quit                leave the shell
        Anything else you type is said in the current channel.
        """;

    private void SwitchUser(string argument)
    {
        if (OneName(argument, '@', "Name one person: /as <user>, e.g. /as bob.") is not { } name) return;
        _user = name;
        transcript.System($"you are now @{name}");
    }

    private async Task JoinAsync(string argument, CancellationToken ct)
    {
        if (OneName(argument, '#', "Name a channel: /join #<channel>, e.g. /join #inc-2026-001-api-down.") is not { } channel) return;
        _channel = channel;
        transcript.System($"you are now in #{channel}");
        await RecordJoinAsync(ct);
    }

    /// <summary>
    /// Joining an incident's channel makes you a participant, as it does on Slack (the platform raises the join). A private
    /// incident's channel is one the platforms let nobody join uninvited: there the shell lets you look in, to rehearse
    /// its refusals, and records nothing.
    /// </summary>
    private async Task RecordJoinAsync(CancellationToken ct)
    {
        var join = new CommandInput(new RecordJoinCommand());
        var work = new UnitOfWork(Context, clock.GetUtcNow());
        if (await services.ReadEngineAsync(engine => engine.CheckAsync(work, join, ct)) is not null) return;
        await using (var scope = services.CreateAsyncScope())
        {
            var incident = await scope.ServiceProvider.GetRequiredService<IIncidentStore>().FindByChannelAsync(_channel, ct);
            if (incident is null || !AccessCheck.CanSee(scope.ServiceProvider.GetRequiredService<Runbook>().Access, Context, incident)) return;
        }
        var reply = await HandleAsync(join, ct);
        transcript.Reply(reply.Text, reply.IsError);
    }

    /// <summary>A single name without its sigil, or null after telling the user how to write it.</summary>
    private string? OneName(string argument, char sigil, string usage)
    {
        var name = argument.Trim().TrimStart(sigil);
        if (name.Length > 0 && !name.Any(char.IsWhiteSpace)) return name;
        transcript.Reply(usage, true);
        return null;
    }

    private async Task AdvanceClockAsync(string argument, CancellationToken ct)
    {
        if (argument.Length == 0)
        {
            transcript.System($"the clock reads {Core.Clock.Format(clock.GetUtcNow())}");
            return;
        }
        if (!argument.StartsWith('+') || !DurationText.TryParse(argument[1..], out var step) || step <= TimeSpan.Zero)
        {
            transcript.Reply($"'{argument}' is not a step forward; write /clock +<duration>, e.g. /clock +5m, +1h or +1d.", true);
            return;
        }
        clock.Offset += step;
        await using (var scope = services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<SettingsStore>().SetAsync(ClockSetting, clock.Offset.Ticks.ToString(System.Globalization.CultureInfo.InvariantCulture), ct);
        transcript.System($"the clock moved {argument} to {Core.Clock.Format(clock.GetUtcNow())}");
    }

    private void ShowHelp() => transcript.Reply(Help, false);
}
