namespace ChatOps.Bot.Inbound;

/// <summary>The keys of <see cref="InboundIntent.Reply"/> that the pipeline itself reads.</summary>
public static class ReplyKeys
{
    /// <summary>A short-lived token that lets the answer open a form (Slack's trigger_id).</summary>
    public const string TriggerId = "trigger_id";
}
