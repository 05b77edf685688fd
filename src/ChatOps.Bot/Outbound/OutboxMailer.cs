using ChatOps.Bot.Email;
using ChatOps.Core.Ports;

namespace ChatOps.Bot.Outbound;

/// <summary>The engine's <see cref="IMailer"/> in the web host: each email is an outbox effect, recorded with the unit of work (see <see cref="OutboxPlatform.MailAsync"/>).</summary>
public sealed class OutboxMailer(OutboxPlatform outbox, EmailSettingsReader settings) : IMailer
{
    public string? Unavailable => settings.Current is null ? $"email is not configured (set {SmtpSettings.Env("Host")} and {SmtpSettings.Env("From")})" : null;

    public Task SendAsync(MailRequest request, CancellationToken ct) => outbox.MailAsync(request, ct);
}
