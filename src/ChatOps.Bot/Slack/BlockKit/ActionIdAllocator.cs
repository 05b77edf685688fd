namespace ChatOps.Bot.Slack.BlockKit;

/// <summary>Hands out action ids for one message: the first use of an id as is, each repeat with the next free <c>#n</c>.</summary>
internal sealed class ActionIdAllocator
{
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    public string Next(string actionId)
    {
        var candidate = actionId;
        for (var n = 2; !_used.Add(candidate); n++) candidate = $"{actionId}{BlockKitActionIds.Separator}{n}";
        return BlockKitText.Exact(candidate, BlockKitLimits.ActionId, "an action_id");
    }
}
