namespace ChatOps.Bot.Paging.PagerDuty;

/// <summary>A link shown on the PagerDuty alert and incident (<c>links[]</c>: <c>href</c> required, <c>text</c> optional).</summary>
public sealed record PagerDutyLink(string Href, string? Text = null);
