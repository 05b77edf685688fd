using ChatOps.Core.Messaging;

namespace ChatOps.Bot.Outbound;

/// <summary>The arguments of an effect as stored. Channel and message ids may be placeholders (<see cref="Placeholder"/>).</summary>
public sealed record EffectArgs(
    string? Channel = null,
    string? Name = null,
    bool Private = false,
    string? Topic = null,
    IReadOnlyList<string>? People = null,
    ChatMessage? Message = null,
    string? MessageId = null,
    FileAttachment? File = null)
{
    /// <summary>Every placeholder this effect needs resolved before it can be delivered.</summary>
    public IEnumerable<string> Placeholders() => new[] { Channel, MessageId }.Where(Placeholder.Is).Select(id => id!);
}
