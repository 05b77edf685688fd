using ChatOps.Core.Commands;
using ChatOps.Core.Engine;
using ChatOps.Core.Messaging;
using ChatOps.Core.Tests.Support;

namespace ChatOps.Core.Tests.Engine;

/// <summary>
/// The registry is the one place commands are known: every command has its file with a handler, a grammar verb (or
/// says it is a platform event), an access rule, a help line; every button and form the engine makes has a command.
/// </summary>
public class CommandRegistryTests
{
    private static readonly CommandRegistry Registry = CommandRegistry.Default;

    [Fact]
    public void Every_command_record_has_exactly_one_handler()
    {
        var commands = typeof(IncidentCommand).Assembly.GetTypes()
            .Where(t => t is { IsAbstract: false } && t.IsSubclassOf(typeof(IncidentCommand)))
            .ToList();
        Assert.NotEmpty(commands);
        Assert.All(commands, c => Assert.Single(Registry.Handlers, h => h.CommandType == c));
    }

    [Fact]
    public void Every_typed_command_has_a_verb_and_a_help_line_and_every_other_one_says_which_event_raises_it()
    {
        Assert.All(Registry.Handlers, h =>
        {
            if (h.Spec.IsTyped)
            {
                Assert.StartsWith($"/incident {h.Spec.Verbs[0]}", h.Spec.Usage);
                Assert.Contains(h.Spec.Usage, CommandParser.Usage.Split('\n'));
                Assert.Equal(h, Registry.ForVerb(h.Spec.Verbs[0]));
            }
            else
            {
                Assert.StartsWith("(platform event)", h.Spec.Usage);
            }
        });
    }

    [Fact]
    public void Every_command_says_who_may_run_it()
    {
        Assert.All(Registry.Handlers, h => Assert.NotNull(h.Spec.Access));
        Assert.All(Registry.Handlers.Where(h => h.Spec.Target == CommandTarget.Incident && h.Spec.IsTyped),
            h => Assert.True(h.Spec.Access.Rule is not null, $"{h.Spec.Name} changes an incident but names no access rule"));
    }

    [Fact]
    public void No_verb_belongs_to_two_commands()
    {
        var verbs = Registry.Handlers.SelectMany(h => h.Spec.Verbs).ToList();
        Assert.Equal(verbs.Count, verbs.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public async Task Every_button_and_form_the_engine_shows_belongs_to_a_command()
    {
        var h = new IncidentHarness();
        var incident = await h.DeclareAsync("P1");
        await h.RunInAsync(incident, "alice", "/incident triage");
        var reminder = IncidentCards.UpdateReminder(incident, "due");
        var suggestion = IncidentCards.EscalationSuggestion(incident, "escalate");
        var buttons = h.Chat.Posts.Select(p => p.Message.Card).OfType<Card>().Append(reminder).Append(suggestion)
            .Append(IncidentCards.Incident(incident, h.Runbook)).SelectMany(c => c.Buttons).ToList();

        Assert.NotEmpty(buttons);
        Assert.All(buttons, b => Assert.True(Registry.IsButton(b.ActionId), $"button '{b.Label}' ({b.ActionId}) has no command"));
        Assert.All(buttons.Where(b => b.OpensForm), b => Assert.Equal(PostUpdate.ActionId, b.ActionId));
        Assert.True(Registry.IsForm(IncidentForms.Declare(h.Runbook).Id));
        Assert.True(Registry.IsForm(IncidentForms.Update(incident).Id));
    }

    [Fact]
    public void An_input_nobody_made_is_refused_by_name()
    {
        var engine = new IncidentHarness().Service.Engine;
        Assert.Contains("Unknown button 'incident.frobnicate'", engine.Translate(new PressInput("incident.frobnicate", "INC-2026-001")).Refusal!.Text);
        Assert.Contains("Unknown form 'form.frobnicate'", engine.Translate(new SubmissionInput("form.frobnicate", new Dictionary<string, string>())).Refusal!.Text);
        Assert.Contains("Unknown command 'frobnicate'", engine.Translate(new TypedInput("/incident frobnicate")).Refusal!.Text);
    }
}
