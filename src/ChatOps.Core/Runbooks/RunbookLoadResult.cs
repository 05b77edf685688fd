using System.Diagnostics.CodeAnalysis;

namespace ChatOps.Core.Runbooks;

/// <summary>The outcome of loading a runbook: the runbook when it is valid, otherwise every error found.</summary>
public sealed record RunbookLoadResult(Runbook? Runbook, IReadOnlyList<RunbookError> Errors)
{
    [MemberNotNullWhen(true, nameof(Runbook))]
    public bool Ok => Runbook is not null && Errors.Count == 0;

    internal static RunbookLoadResult Failed(IReadOnlyList<RunbookError> errors) => new(null, errors);
}
