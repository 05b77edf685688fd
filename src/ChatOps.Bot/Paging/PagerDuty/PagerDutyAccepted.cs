namespace ChatOps.Bot.Paging.PagerDuty;

/// <summary>PagerDuty's 202: the event was queued (<c>status: success</c>); <see cref="DedupKey"/> is the key it applies to.</summary>
public sealed record PagerDutyAccepted(string DedupKey, string Message);
