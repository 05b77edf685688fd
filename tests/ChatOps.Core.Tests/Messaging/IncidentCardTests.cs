using ChatOps.Core.Commands;
using ChatOps.Core.Incidents;
using ChatOps.Core.Messaging;
using ChatOps.Core.Tests.Support;

namespace ChatOps.Core.Tests.Messaging;

public class IncidentCardTests
{
    private static readonly DateTimeOffset T = new(2026, 3, 14, 9, 0, 0, TimeSpan.Zero);

    private static Incident Declare(bool isPrivate = false) =>
        Incident.Declare(2026, 3, "Checkout is down", TestRunbooks.Severity("P1"), "alice", "alice",
            new DeclareDetails("API", "EU customers", "After deploy", isPrivate), "C1", "inc-2026-003-checkout-is-down", T);

    [Fact]
    public void An_open_incident_card_shows_severity_commander_next_update_and_every_action()
    {
        var card = IncidentCards.Incident(Declare(), TestRunbooks.Default);

        Assert.Equal("INC-2026-003: Checkout is down", card.Title);
        Assert.Equal(["After deploy"], card.Sections);
        Assert.Equal("INC-2026-003 · #inc-2026-003-checkout-is-down", card.Context);
        var facts = card.Facts.ToDictionary(f => f.Label, f => f.Value);
        Assert.Equal("P1 (High)", facts["Severity"]);
        Assert.Equal("alice", facts["Commander"]);
        Assert.Equal("2026-03-14 09:30 UTC", facts["Next update due"]);
        Assert.Equal("not yet (respond within 15m)", facts["Acknowledged"]);
        Assert.Equal("API", facts["Affected services"]);
        Assert.Equal(
            [Acknowledge.ActionId, PostUpdate.ActionId, StartTriage.ActionId, Escalate.ActionId, Resolve.ActionId],
            card.Buttons.Select(b => b.ActionId));
        Assert.All(card.Buttons, b => Assert.Equal(b.ActionId == Escalate.ActionId ? "INC-2026-003@0" : "INC-2026-003", b.Value));
    }

    [Fact]
    public void A_private_incident_card_says_private()
    {
        Assert.EndsWith(" · private", IncidentCards.Incident(Declare(isPrivate: true), TestRunbooks.Default).Context);
    }

    [Fact]
    public void A_resolved_incident_card_has_no_buttons_and_shows_when_it_was_resolved()
    {
        var incident = Declare();
        incident.Resolve("alice", "", T.AddHours(1));

        var card = IncidentCards.Incident(incident, TestRunbooks.Default);

        Assert.Empty(card.Buttons);
        Assert.Contains(new Fact("Resolved", "2026-03-14 10:00 UTC"), card.Facts);
        Assert.DoesNotContain(card.Facts, f => f.Label == "Next update due");
    }

    [Fact]
    public void Dangerous_buttons_ask_for_confirmation()
    {
        var card = IncidentCards.Incident(Declare(), TestRunbooks.Default);

        Assert.NotNull(card.Buttons.Single(b => b.ActionId == Resolve.ActionId).Confirm);
        Assert.NotNull(card.Buttons.Single(b => b.ActionId == Escalate.ActionId).Confirm);
    }
}
