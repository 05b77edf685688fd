using ChatOps.Core.Ports;
using MimeKit;

namespace ChatOps.Bot.Email;

/// <summary>
/// Builds the MIME message of a <see cref="MailRequest"/>: plain text only, the subject one line (CR, LF and other control
/// characters cannot reach a header), and a Message-ID from the communication's id, the same on every attempt.
/// </summary>
public static class EmailMessages
{
    public static MimeMessage Build(MailRequest request, MailboxAddress from, DateTimeOffset now)
    {
        var message = new MimeMessage();
        message.From.Add(from);
        message.To.Add(MailboxAddress.Parse(request.To));
        message.Subject = MailText.Subject(request.Subject);
        message.Date = now;
        message.MessageId = $"{MessageIdPart(request.Id)}@{Domain(from)}";
        message.Headers.Add("X-ChatOps-Incident", MailText.Subject(request.IncidentNumber));
        message.Body = new TextPart("plain") { Text = MailText.Body(request.Body) };
        return message;
    }

    private static string Domain(MailboxAddress from) => from.Domain is { Length: > 0 } domain ? domain : "chatops.local";

    private static string MessageIdPart(string id) => new(id.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' ? c : '-').ToArray());
}
