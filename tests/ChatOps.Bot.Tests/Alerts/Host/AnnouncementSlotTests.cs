using System.Net;
using static ChatOps.Bot.Tests.Alerts.AlertFixtures;

namespace ChatOps.Bot.Tests.Alerts.Host;

/// <summary>
/// Slack takes one message per channel per second, so when the announce channel is busy an incident's announcement
/// waits for its slot. Its incident's channel must not wait with it: the alerts that declared the incident (its card
/// updated, their lines) go out in the incident's channel at once. Found by the alert benchmark, where the channels of
/// incidents declared by alerts, behind announcements booked half an hour ahead, stalled for the whole storm.
/// </summary>
public sealed class AnnouncementSlotTests : AlertHostTest
{
    protected override void Configure(Dictionary<string, string?> settings)
    {
        base.Configure(settings);
        settings["Slack:PostInterval"] = "00:00:01";
    }

    [Fact]
    public async Task An_incident_channel_does_not_wait_for_its_announcement_slot_in_a_busy_announce_channel()
    {
        await DeclareAsync("declare P1 Search is slow");
        await PostedAsync(Announce, "declared INC-2026-001");

        // The announce channel's next slot is a second away: the alerts' incident is announced then, not now.
        await AssertAnsweredAsync(await AlertmanagerAsync(Bytes(AlertmanagerFiring)), HttpStatusCode.OK, "Received 2 alert(s).");
        await Host.InboxIdleAsync();

        var channel = IncidentChannel(2);
        Assert.Contains(Slack.Calls, c => c.Method == "chat.update" && c.Arg("channel") == channel.Id);
        Assert.DoesNotContain(Slack.Calls, c => c.Method == "chat.postMessage" && (c.Arg("text") ?? "").Contains("declared INC-2026-002", StringComparison.Ordinal));

        // A second later the announcement and the alerts' lines (the channel's own second message) go out.
        Host.Time.Advance(TimeSpan.FromSeconds(1));
        await PostedAsync(Announce, "Alertmanager declared INC-2026-002");
        await PostedAsync(channel.Id, "Alert firing: High CPU Temperature");
    }
}
