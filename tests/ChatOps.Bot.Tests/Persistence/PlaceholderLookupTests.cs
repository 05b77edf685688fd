using System.Data.Common;
using ChatOps.Bot.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChatOps.Bot.Tests.Persistence;

/// <summary>
/// Every delivered post looks for the incident or alert suggestion holding its placeholder (IncidentPlatformIds, in the
/// delivery's write transaction). SQLite must find it by an index: scanning every incident took ~300 ms a post with
/// 100,000 incidents, all of it holding the writer's turn, and reminders fell minutes behind (BENCHMARKS.md, "Scale").
/// The statements are the ones EF Core issues for <see cref="IncidentPlatformIds.MessagePostedAsync"/>.
/// </summary>
public sealed class PlaceholderLookupTests() : StorageTest(new SqliteDatabases())
{
    [Theory]
    [InlineData("""UPDATE "Incidents" AS "i" SET "CardMessageId" = 'ts' WHERE "i"."CardMessageId" = 'outbox:ref'""")]
    [InlineData("""UPDATE "AlertSuggestions" AS "a" SET "MessageId" = 'ts' WHERE "a"."MessageId" = 'outbox:ref'""")]
    public async Task A_delivered_posts_placeholder_is_found_by_an_index_not_by_reading_every_row(string update)
    {
        var replica = await ReplicaAsync();

        var plan = await replica.InScopeAsync(sp => PlanAsync(sp.GetRequiredService<ChatOpsDbContext>(), update));

        Assert.Contains(plan, step => step.StartsWith("SEARCH", StringComparison.Ordinal) && step.Contains("USING INDEX", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, step => step.StartsWith("SCAN", StringComparison.Ordinal));
    }

    private static async Task<List<string>> PlanAsync(ChatOpsDbContext db, string statement)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        await using DbCommand command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + statement;
        var steps = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) steps.Add(reader.GetString(3));
        return steps;
    }
}
