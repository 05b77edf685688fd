using System.Globalization;
using static ChatOps.Bot.Tests.Alerts.AlertFixtures;

namespace ChatOps.Bot.Tests.Alerts.Host;

/// <summary>
/// An incident an alert declared knows when the problem started (the earliest startsAt) and when it was detected (the
/// alert received), and its post-mortem shows both and the time to detect. The clock starts two minutes after the
/// published Alertmanager group began, so the payload is sent as published.
/// </summary>
public sealed class AlertPostMortemTests : AlertHostTest
{
    private static readonly DateTimeOffset Received = DateTimeOffset.Parse("2020-02-06T00:20:00Z", CultureInfo.InvariantCulture);

    protected override FakeTimeProvider? StartClock() => new(Received);

    [Fact]
    public async Task The_post_mortem_of_an_alert_declared_incident_shows_when_it_started_was_detected_and_the_time_to_detect()
    {
        await AlertmanagerAsync(Bytes(AlertmanagerFiring));
        await Host.InboxIdleAsync();
        var channel = IncidentChannel();
        Host.Time.Advance(TimeSpan.FromMinutes(25));

        await Driver.SlashAsync(OnCall, channel.Id, "resolve Replaced the failed CPU fan");
        await Host.InboxIdleAsync();

        var file = Assert.Single(Directory.GetFiles(Host.PostMortemFolder, "postmortem-20200206-*.md"));
        var md = await File.ReadAllTextAsync(file);
        Assert.Contains("| Started | 2020-02-06 00:17:58 |", md);
        Assert.Contains("| Detected | 2020-02-06 00:20:00 |", md);
        Assert.Contains("| Declared | 2020-02-06 00:20:00 |", md);
        Assert.Contains("| Time to detect (MTTD) | 2 minutes | 2 |", md);
        Assert.Contains("| alertmanager | alert: Alert firing: High CPU Temperature: High CPU core temperature (alertmanager) |", md);
    }
}
