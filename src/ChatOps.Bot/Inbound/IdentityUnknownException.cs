using ChatOps.Bot.Protocol;

namespace ChatOps.Bot.Inbound;

/// <summary>
/// Who acted could not be determined because the platform did not answer (a runbook handle mapped by email could not
/// be looked up): the intent waits and is tried again, it is never decided as if the person had fewer rights.
/// </summary>
public sealed class IdentityUnknownException(string platform, string detail, Exception? inner = null)
    : Exception($"Could not yet tell who acted on {platform}: {detail}", inner), IDeliveryFailure
{
    public bool IsTransient => true;

    public TimeSpan? RetryAfter => null;
}
