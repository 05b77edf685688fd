namespace ChatOps.Bot.Tests.FrontEnds;

/// <summary>
/// Someone in the script, by the name the outcome gives them on every front end. The on-call engineer is named by the
/// runbook handle they hold, which is also how the shell knows them.
/// </summary>
public sealed record Person(string Name)
{
    public static readonly Person Alice = new("alice");
    public static readonly Person OnCall = new("oncall-engineer");

    /// <summary>Invited and escalated to by runbook handle; never acts in the script.</summary>
    public static readonly Person Lead = new("engineering-lead");

    public override string ToString() => Name;
}
