namespace ChatOps.Core.Runbooks;

/// <summary>
/// One problem found in a runbook file, pointing at the offending node, e.g.
/// <c>runbooks/bad.yaml:12:20: severities[1].update-every: '5x' is not a duration; ...</c>.
/// </summary>
public sealed record RunbookError(string Source, int Line, int Column, string Field, string Message)
{
    public override string ToString() => $"{Source}:{Line}:{Column}: {Field}: {Message}";
}
