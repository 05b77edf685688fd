using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace ChatOps.Bot.Email;

/// <summary>Sends one message over SMTP with MailKit: connect, sign in when a user is set, send, quit. Failures become <see cref="EmailException"/>.</summary>
public static class SmtpMailClient
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    public static async Task SendAsync(SmtpSettings settings, MimeMessage message, CancellationToken ct)
    {
        using var client = new SmtpClient { Timeout = (int)Timeout.TotalMilliseconds };
        try
        {
            await client.ConnectAsync(settings.Host, settings.Port, settings.Security switch
            {
                SmtpSecurity.None => SecureSocketOptions.None,
                SmtpSecurity.Tls => SecureSocketOptions.SslOnConnect,
                _ => SecureSocketOptions.StartTls,
            }, ct);
            if (settings.User is { } user) await client.AuthenticateAsync(user, settings.Password ?? "", ct);
            await client.SendAsync(message, ct);
            await client.DisconnectAsync(quit: true, ct);
        }
        catch (Exception failure) when (Classify(failure, settings) is { } classified && !(failure is OperationCanceledException && ct.IsCancellationRequested))
        {
            throw classified;
        }
    }

    private static EmailException? Classify(Exception failure, SmtpSettings settings) => failure switch
    {
        SmtpCommandException command => new EmailException(
            $"the mail server {settings.Host} answered {(int)command.StatusCode} to {Step(command.ErrorCode)}: {command.Message.Trim()}", (int)command.StatusCode < 500, failure),
        AuthenticationException => new EmailException($"signing in to {settings.Host} as {settings.User} failed: {failure.Message} (check {SmtpSettings.Env("User")} and {SmtpSettings.Env("Password")})", false, failure),
        SslHandshakeException => new EmailException($"TLS with {settings.Host}:{settings.Port} failed: {FirstLine(failure.Message)} (check {SmtpSettings.Env("Security")} and {SmtpSettings.Env("Port")})", false, failure),
        NotSupportedException => new EmailException($"{settings.Host} does not support what {SmtpSettings.Env("Security")}={settings.Security.ToString().ToLowerInvariant()} needs: {failure.Message}", false, failure),
        SmtpProtocolException or ServiceNotConnectedException or IOException or SocketException or TimeoutException or OperationCanceledException =>
            new EmailException($"could not talk to the mail server {settings.Host}:{settings.Port}: {FirstLine(failure.Message)}", true, failure),
        _ => null,
    };

    private static string Step(SmtpErrorCode code) => code switch
    {
        SmtpErrorCode.RecipientNotAccepted => "the recipient",
        SmtpErrorCode.SenderNotAccepted => "the sender",
        SmtpErrorCode.MessageNotAccepted => "the message",
        _ => "a command",
    };

    private static string FirstLine(string text) => text.Split('\n')[0].Trim();
}
