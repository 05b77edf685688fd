using ChatOps.Core.Messaging;
using ChatOps.Core.Ports;

namespace ChatOps.Bot.Outbound;

/// <summary>
/// The arguments of an effect as stored. Channel and message ids may be placeholders (<see cref="Placeholder"/>).
/// <see cref="Platform"/> and <see cref="Actor"/> say whom the unit of work acted for (<see cref="EffectsFor"/>), so
/// delivery creates a channel on the platform the request came from; <see cref="Owner"/> owns a private one. A page
/// (<see cref="EffectKind.Page"/>) carries its <see cref="Page"/>: its channel is only where a failure is reported, so
/// it never waits for the channel to exist.
/// </summary>
public sealed record EffectArgs(
    string? Channel = null,
    string? Name = null,
    bool Private = false,
    string? Topic = null,
    IReadOnlyList<string>? People = null,
    ChatMessage? Message = null,
    string? MessageId = null,
    FileAttachment? File = null,
    string? Platform = null,
    string? Actor = null,
    string? Owner = null,
    PageRequest? Page = null,
    MailRequest? Mail = null,
    StatusPagePush? StatusPage = null)
{
    /// <summary>Every placeholder this effect needs resolved before it can be delivered.</summary>
    public IEnumerable<string> Placeholders() => new[] { Channel, MessageId }.Where(Placeholder.Is).Select(id => id!);
}
