namespace ChatOps.Core.Runbooks;

/// <summary>
/// A group of stakeholders (<c>audiences:</c>): the chat channels and email addresses (people or lists) that
/// <c>/incident notify &lt;key&gt;</c> reaches, with the message template it uses (<see cref="CommsTemplate.DefaultKey"/> when the
/// runbook names none).
/// </summary>
public sealed record CommsAudience(string Key, string Name, IReadOnlyList<string> Channels, IReadOnlyList<string> Email, string Template)
{
    public string Describe() => string.Equals(Key, Name, StringComparison.OrdinalIgnoreCase) ? Key : $"{Key} ({Name})";
}
