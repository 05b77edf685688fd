using ChatOps.Core.Ports;

namespace ChatOps.Bot.Outbound;

/// <summary>Where email delivery reports what became of a message (the host records it on the incident through the engine).</summary>
public interface IEmailOutcomes
{
    Task RecordAsync(MailRequest request, bool sent, string? detail, CancellationToken ct);
}
