namespace ChatOps.Core.Runbooks;

/// <summary>
/// What an audience is told (<c>communications.templates</c>): the chat message, and the email's subject and plain-text
/// body, each with the placeholders of <see cref="Placeholders"/>.
/// </summary>
public sealed record CommsTemplate(string Key, string Chat, string Subject, string Body)
{
    public const string DefaultKey = "default";

    /// <summary>The runbook's template placeholders, and <c>{audience}</c>: the audience's name.</summary>
    public static readonly IReadOnlySet<string> Placeholders = new HashSet<string>(MessageTemplates.Placeholders.Append("audience"), StringComparer.Ordinal);

    /// <summary>Seed 004's customer email notification, used when the runbook defines no <c>default</c> template.</summary>
    public static readonly CommsTemplate Default = new(DefaultKey,
        Chat: "Service update ({services}) for {audience}: {message}\nImpact: {impact}\nStarted: {started}",
        Subject: "Service update: {services}",
        Body: """
              Dear Customer,

              {message}

              Impact: {impact}
              Started: {started}

              Our engineering team is actively working to resolve this issue. We apologize for any inconvenience this may cause.

              Thank you for your patience.

              Best regards,
              The support team
              """);
}
