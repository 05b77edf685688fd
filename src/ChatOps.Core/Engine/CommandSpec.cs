namespace ChatOps.Core.Engine;

/// <summary>
/// What the engine, the parser, the help text and the access rules know of a command. A command with no
/// <see cref="Verbs"/> is one a platform event raises (a pinned message, someone joining), never typed.
/// </summary>
/// <param name="Verbs">The grammar's words for it, the first being its name: <c>ack</c>, <c>acknowledge</c>.</param>
/// <param name="Usage">Its line in the help, e.g. <c>/incident sev &lt;SEV&gt;</c>.</param>
/// <param name="Order">Where its line stands in the help.</param>
public sealed record CommandSpec(
    IReadOnlyList<string> Verbs,
    string Usage,
    CommandAccess Access,
    CommandTarget Target,
    int Order)
{
    public string Name => Verbs.Count > 0 ? Verbs[0] : Usage;

    public bool IsTyped => Verbs.Count > 0;
}
