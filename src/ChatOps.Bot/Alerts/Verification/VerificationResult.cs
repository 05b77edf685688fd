namespace ChatOps.Bot.Alerts.Verification;

/// <summary>
/// Whether a webhook proved where it came from; when not, why: one line for the log and the 401, saying what was missing
/// or wrong (never what was expected).
/// </summary>
public sealed record VerificationResult
{
    private VerificationResult(bool isVerified, string reason)
    {
        IsVerified = isVerified;
        Reason = reason;
    }

    public bool IsVerified { get; }

    /// <summary>"verified" or why the request was refused, e.g. "no v1 signature in X-PagerDuty-Signature matches the body".</summary>
    public string Reason { get; }

    public static VerificationResult Verified(string how) => new(true, how);

    public static VerificationResult Refused(string reason) => new(false, reason);

    public override string ToString() => IsVerified ? $"verified ({Reason})" : $"refused: {Reason}";
}
