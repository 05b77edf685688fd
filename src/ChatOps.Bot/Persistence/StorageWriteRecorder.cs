using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ChatOps.Bot.Persistence;

/// <summary>
/// Tells <see cref="StorageWriteHealth"/> how the bot's own database calls went, on SQLite and PostgreSQL alike: a
/// command, save or commit that failed for storage trouble (<see cref="StorageFaults"/>) is a failed write (a read
/// that fails so is counted too: the storage is in trouble either way); a save that stored rows is a write that
/// worked. Other commands that succeed say nothing: a read works on a database that takes no writes.
/// </summary>
public sealed class StorageWriteRecorder(StorageWriteHealth health) : ISaveChangesInterceptor, IDbCommandInterceptor, IDbTransactionInterceptor
{
    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (result > 0) health.Succeeded();
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(SavedChanges(eventData, result));

    public void SaveChangesFailed(DbContextErrorEventData eventData) => Record(eventData.Exception);

    public Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default) => Recorded(eventData.Exception);

    public void CommandFailed(DbCommand command, CommandErrorEventData eventData) => Record(eventData.Exception);

    public Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default) => Recorded(eventData.Exception);

    public void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => Record(eventData.Exception);

    public Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default) => Recorded(eventData.Exception);

    private void Record(Exception error)
    {
        if (StorageFaults.Describe(error) is { } description) health.Failed(description);
    }

    private Task Recorded(Exception error)
    {
        Record(error);
        return Task.CompletedTask;
    }
}
