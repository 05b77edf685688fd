using ChatOps.Core.Ports;

namespace ChatOps.Core.Tests.Support;

/// <summary>Keeps every email the engine hands over, in order; <see cref="Unavailable"/> plays a host without SMTP.</summary>
public sealed class RecordingMailer : IMailer
{
    private readonly List<MailRequest> _sent = [];

    public IReadOnlyList<MailRequest> Sent => _sent;

    public string? Unavailable { get; set; }

    public Task SendAsync(MailRequest request, CancellationToken ct)
    {
        _sent.Add(request);
        return Task.CompletedTask;
    }
}
