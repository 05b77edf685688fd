using ChatOps.Core.Messaging;
using ChatOps.Core.Ports;

namespace ChatOps.Bot.Outbound;

/// <summary>
/// Implemented by a delivery platform that can tell whether an attempt whose outcome is unknown (the process stopped
/// mid-call) already happened, so delivering it again does not create a second channel or post a card twice.
/// </summary>
public interface IRedeliveryCheck
{
    /// <summary>The channel an earlier attempt created under exactly this name, if it exists.</summary>
    Task<ChatChannel?> FindCreatedChannelAsync(string name, CancellationToken ct);

    /// <summary>The id of the same message posted by the bot into the channel by an earlier attempt, if any.</summary>
    Task<string?> FindPostedMessageAsync(string channelId, ChatMessage message, CancellationToken ct);
}
