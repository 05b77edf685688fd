using ChatOps.Bot.Protocol;

namespace ChatOps.Bot.Email;

/// <summary>
/// An email that did not go out. <see cref="IsTransient"/> says whether sending it again later can succeed (no
/// connection, a timeout, a 4xx reply) or never will (a 5xx reply such as a refused recipient, failed sign-in, a TLS
/// setting the server does not speak).
/// </summary>
public sealed class EmailException(string detail, bool isTransient, Exception? inner = null) : Exception(detail, inner), IDeliveryFailure
{
    public bool IsTransient { get; } = isTransient;

    public TimeSpan? RetryAfter => null;
}
