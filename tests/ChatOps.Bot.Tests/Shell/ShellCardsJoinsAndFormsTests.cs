using ChatOps.Bot.Tests.Support;
using static ChatOps.Bot.Tests.Support.TranscriptSegments;

namespace ChatOps.Bot.Tests.Shell;

/// <summary>
/// The shell behaves like the chat platforms: every card still shown can be pressed, joining an incident's channel
/// makes you a participant, and the declare form checks each answer as it is given.
/// </summary>
public sealed class ShellCardsJoinsAndFormsTests : ShellTest
{
    private const string SeverityPrompt = "  Severity [P0, P1, P2, P3]: ";
    private const string PrivatePrompt = "  Private incident (private channel, not announced) (y/N): ";

    [Fact]
    public async Task After_a_reminder_card_the_incident_cards_buttons_are_still_in_reach()
    {
        var run = await Shell.RunScriptAsync("alice",
            "/incident declare P1 Webhooks delayed",
            "/clock +31m",
            "/click 1 1",
            "/click INC-2026-001 2");

        Assert.Contains("card 1", After(run.Output, "/incident declare P1 Webhooks delayed"));
        Assert.Contains("+-- Status update due: INC-2026-001", After(run.Output, "/clock +31m"));
        Assert.Contains("alice acknowledged INC-2026-001", After(run.Output, "/click 1 1"));
        // Acknowledge is gone from the card, so its second button is now Triage.
        Assert.Contains("+-- Triage 1/5: INC-2026-001", After(run.Output, "/click INC-2026-001 2"));
    }

    [Fact]
    public async Task Clicking_names_the_cards_in_reach_when_the_card_or_button_is_unknown()
    {
        var run = await Shell.RunScriptAsync("alice",
            "/incident declare P1 Webhooks delayed",
            "/click 9 1",
            "/click INC-2026-042 1",
            "/click 1 9");

        Assert.Contains("! There is no card 9", After(run.Output, "/click 9 1"));
        Assert.Contains("! INC-2026-042 has no card shown here", After(run.Output, "/click INC-2026-042 1"));
        Assert.Contains("! Card 1 has buttons 1 to 5", After(run.Output, "/click 1 9"));
    }

    [Fact]
    public async Task Joining_an_incident_channel_makes_you_a_participant_as_on_Slack()
    {
        var run = await Shell.RunScriptAsync("alice",
            "/incident declare P2 Cache misses",
            "/as carol",
            "/join #general",
            "/join #inc-2026-001-cache-misses",
            "/incident resolve Warmed the cache");

        Assert.Contains("Joined INC-2026-001", After(run.Output, "/join #inc-2026-001-cache-misses"));
        Assert.Contains("> Resolved INC-2026-001.", After(run.Output, "/incident resolve Warmed the cache"));
        var postMortem = await File.ReadAllTextAsync(Assert.Single(Shell.PostMortems()));
        Assert.Contains("| Participants | alice, carol |", postMortem);
        Assert.Contains("| carol | joined: Joined the incident channel |", postMortem);
    }

    [Fact]
    public async Task The_declare_form_checks_each_answer_as_it_is_given_takes_a_severity_by_name_and_asks_again_when_yes_or_no_is_unclear()
    {
        var run = await Shell.RunScriptAsync("alice",
            "/incident declare",
            "Checkout is down",
            "P7",
            "high",
            "",
            "API",
            "",
            "",
            "maybe",
            "n",
            "",
            "");

        var form = After(run.Output, "/incident declare");
        var refused = form.IndexOf(SeverityPrompt + "P7\n  ! Choose a severity", StringComparison.Ordinal);
        Assert.True(refused >= 0, form);
        Assert.True(refused < form.IndexOf("  Kind [", StringComparison.Ordinal), "the severity was checked only after later fields:\n" + form);
        Assert.Contains(SeverityPrompt + "high\n", form);
        Assert.Contains(PrivatePrompt + "maybe\n  ! Answer y or n", form);
        Assert.Contains(PrivatePrompt + "n\n", form);
        Assert.Contains("> Declared INC-2026-001 (P1) in #inc-2026-001-checkout-is-down.", form);
        Assert.Contains("[#incidents] ChatOps: alice declared INC-2026-001 (P1 High): Checkout is down.", form);
    }

    [Fact]
    public async Task A_form_asks_again_as_often_as_needed_and_keeps_every_other_answer()
    {
        var run = await Shell.RunScriptAsync("alice",
            "/incident declare",
            "",
            "Search is slow",
            "P9",
            "sev-two",
            "P99",
            "medium",
            "",
            "Search",
            "Results take 20s",
            "",
            "y",
            "",
            "");

        var form = After(run.Output, "/incident declare");
        Assert.Equal(3, Count(form, "! Choose a severity"));
        Assert.Contains("! Give the incident a title", form);
        Assert.Contains("> Declared INC-2026-001 (P2) in #inc-2026-001-search-is-slow. It is private", form);
        Assert.DoesNotContain("nothing changed", form);
    }
}
