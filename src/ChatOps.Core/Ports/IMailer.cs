namespace ChatOps.Core.Ports;

/// <summary>
/// Where the engine sends email, inside its unit of work: the host records each message durably with the state change
/// that caused it and delivers it afterwards over SMTP, then reports the outcome back (<c>RecordEmailOutcome</c>).
/// </summary>
public interface IMailer
{
    /// <summary>Why this host cannot send email (not configured, or a front end without it); null when it can.</summary>
    string? Unavailable { get; }

    Task SendAsync(MailRequest request, CancellationToken ct);
}

/// <summary>
/// One plain-text email to one address. <see cref="Id"/> is the communication's id (<c>INC-2026-001-c3</c>), used for
/// the Message-ID so a resend after an interrupted attempt is recognisably the same message. <see cref="ChannelId"/> is
/// where a failure is reported. The subject is one line (<see cref="MailText.Subject"/>).
/// </summary>
public sealed record MailRequest(string Id, string IncidentNumber, string ChannelId, string Audience, string To, string Subject, string Body);

/// <summary>Sends no email: for front ends without SMTP (the shell, tests that do not look at email).</summary>
public sealed class NoMailer : IMailer
{
    public static readonly NoMailer Instance = new();

    public string? Unavailable => "this front end sends no email";

    public Task SendAsync(MailRequest request, CancellationToken ct) => Task.CompletedTask;
}

/// <summary>What user text may become in an email.</summary>
public static class MailText
{
    public const int MaxSubjectLength = 200;

    /// <summary>One line without control characters (no CR/LF: nothing a person typed can add a header), at most <see cref="MaxSubjectLength"/> characters.</summary>
    public static string Subject(string text)
    {
        var line = string.Join(' ', new string(text.Select(c => char.IsControl(c) ? ' ' : c).ToArray()).Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return line.Length <= MaxSubjectLength ? line : line[..(MaxSubjectLength - 3)] + "...";
    }

    /// <summary>Plain text with line breaks kept and other control characters removed.</summary>
    public static string Body(string text) =>
        new(text.ReplaceLineEndings("\n").Where(c => c == '\n' || c == '\t' || !char.IsControl(c)).ToArray());
}
