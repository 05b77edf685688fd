namespace ChatOps.Core.Ports;

/// <summary>What the chat platform has not received yet for an incident's channel: retries in progress, parked effects.</summary>
public interface IDeliveryReport
{
    /// <summary>One line per problem, oldest first; empty when everything was delivered.</summary>
    Task<IReadOnlyList<string>> ProblemsAsync(string channelId, CancellationToken ct);
}
