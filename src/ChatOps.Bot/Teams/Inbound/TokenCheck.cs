using ChatOps.Bot.Teams.Connector;

namespace ChatOps.Bot.Teams.Inbound;

/// <summary>
/// The outcome of checking a request's bearer token: when valid, the <c>serviceurl</c> claim (normalised, see
/// <see cref="ServiceUrlForm"/>) and the channels the signing key is endorsed for, which the activity itself must then
/// match; otherwise why it was refused.
/// </summary>
public sealed record TokenCheck(bool IsValid, string? ServiceUrl, IReadOnlyList<string> Endorsements, string? Refusal)
{
    public static TokenCheck Refused(string why) => new(false, null, [], why);

    /// <summary>
    /// Whether the activity came through the service URL and channel the token vouches for; <paramref name="activityServiceUrl"/>
    /// is the activity's, normalised.
    /// </summary>
    public string? RefusalFor(string activityServiceUrl, string activityChannelId)
    {
        if (!IsValid) return Refusal;
        if (string.IsNullOrEmpty(ServiceUrl) || !ServiceUrlForm.Same(ServiceUrl, activityServiceUrl))
            return "the token's serviceurl claim does not match the activity's serviceUrl";
        if (Endorsements.Count > 0 && !Endorsements.Contains(activityChannelId, StringComparer.OrdinalIgnoreCase))
            return $"the signing key is not endorsed for channel '{activityChannelId}'";
        return null;
    }
}
