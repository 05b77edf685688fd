using ChatOps.Core.Incidents;

namespace ChatOps.Bot.Tests.Email.Host;

/// <summary>The mail server is down when the email is sent: the outbox retries with backoff and, once it is up, delivers once.</summary>
public sealed class SmtpDownTests : EmailSlackTest
{
    protected override bool SmtpUp => false;

    [Fact]
    public async Task Smtp_down_then_up_delivers_the_email_once()
    {
        var channel = await DeclareAsync("declare P0 Checkout is down");
        await Driver.SlashAsync(Alice, channel.Id, "notify brokers Checkout is down");
        await Host.InboxIdleAsync();

        var waiting = (await IncidentAsync()).Communications.Single(c => c.Via == CommunicationVia.Email);
        Assert.Equal(CommunicationState.Queued, waiting.State);
        var health = await HealthAsync();
        Assert.Equal(0, (int?)health["outbox"]!["parked"]);
        Assert.True((int?)health["outbox"]!["pending"] >= 1);

        await Smtp.StartAsync();
        await AdvanceAsync(TimeSpan.FromSeconds(1));
        await AdvanceAsync(TimeSpan.FromSeconds(2));

        var mail = await Smtp.WaitForMessageAsync(m => m.To.Mailboxes.Any(a => a.Address == "brokers@example.com"), Wait);
        Assert.Equal(CommunicationState.Sent, (await SettledEmailAsync("brokers@example.com")).State);
        await AdvanceAsync(TimeSpan.FromMinutes(10));
        Assert.Single(Smtp.Received);
        Assert.Equal(mail.MessageId, Smtp.Received[0].MessageId);
    }
}
