namespace ChatOps.Core.Ports;

/// <summary>
/// Told the real ids behind a placeholder id once the effect that made them is delivered, so whatever
/// stored the placeholder can hold the real id instead. Called inside the transaction that marks the effect delivered:
/// an implementation writes through the same scoped database context, and both commit or neither does.
/// </summary>
public interface IDeliveredIds
{
    /// <summary>The channel created for <paramref name="placeholder"/> is <paramref name="channelId"/>, named <paramref name="channelName"/>.</summary>
    Task ChannelCreatedAsync(string placeholder, string channelId, string channelName, CancellationToken ct);

    /// <summary>The message posted for <paramref name="placeholder"/> is <paramref name="messageId"/>.</summary>
    Task MessagePostedAsync(string placeholder, string messageId, CancellationToken ct);
}
