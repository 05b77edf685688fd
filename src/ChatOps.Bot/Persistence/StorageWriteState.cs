namespace ChatOps.Bot.Persistence;

/// <summary>
/// What the latest writes to the database did: failing since the first failure after the last success, with the latest
/// error. Null times mean "not since this process started".
/// </summary>
public sealed record StorageWriteState(DateTimeOffset? FailingSince, string? LastError, DateTimeOffset? LastFailedAt, DateTimeOffset? LastSucceededAt)
{
    public bool Failing => FailingSince is not null;
}
