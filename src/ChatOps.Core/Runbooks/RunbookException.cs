namespace ChatOps.Core.Runbooks;

/// <summary>Thrown by <see cref="RunbookLoader.LoadOrThrow"/>; the message lists every error, one per line.</summary>
public sealed class RunbookException(IReadOnlyList<RunbookError> errors)
    : Exception(string.Join('\n', errors))
{
    public IReadOnlyList<RunbookError> Errors { get; } = errors;
}
