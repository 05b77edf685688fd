namespace ChatOps.Bot.Slack.BlockKit;

/// <summary>
/// Slack needs <see href="https://api.slack.com/reference/block-kit/block-elements#button">action_id</see>s unique within a
/// message, while Core reuses one id for sibling buttons (every triage answer is <c>triage.answer</c>). Repeats get
/// <c>#2</c>, <c>#3</c>…; <see cref="Base"/> takes the suffix off again for inbound handlers.
/// </summary>
public static class BlockKitActionIds
{
    public const char Separator = '#';

    /// <summary>Core's action id for a Slack action_id: <c>triage.answer#3</c> → <c>triage.answer</c>.</summary>
    public static string Base(string actionId)
    {
        ArgumentNullException.ThrowIfNull(actionId);
        var hash = actionId.LastIndexOf(Separator);
        if (hash <= 0 || hash == actionId.Length - 1) return actionId;
        for (var i = hash + 1; i < actionId.Length; i++)
        {
            if (!char.IsAsciiDigit(actionId[i])) return actionId;
        }
        return actionId[..hash];
    }
}
