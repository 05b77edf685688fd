using ChatOps.Bot.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ChatOps.Bot.Tests.Persistence;

/// <summary>
/// Each provider's migrations keep up with the model: a mapping change without <c>dotnet ef migrations add</c> for
/// both providers fails here (the bot's start would refuse it too), and the released migrations stay first.
/// </summary>
public sealed class MigrationDriftTests
{
    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public void The_last_migrations_snapshot_matches_the_model(string provider)
    {
        using var db = DesignTimeContexts.Create(provider);

        var missing = MissingFromMigrations(db);

        Assert.True(missing.Count == 0,
            $"The model changed without a {provider} migration; it would need:\n{string.Join("\n", missing)}\n" +
            $"Add one for each provider (README, Migrations): dotnet ef migrations add NAME --project src/ChatOps.Bot --context {db.GetType().Name} --output-dir Persistence/Migrations/{provider}");
        Assert.False(db.Database.HasPendingModelChanges());
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public void The_released_migrations_come_first_under_their_released_ids(string provider)
    {
        using var db = DesignTimeContexts.Create(provider);

        Assert.Equal(ReleasedDatabase.MigrationIds, db.Database.GetMigrations().Take(ReleasedDatabase.MigrationIds.Count));
    }

    /// <summary>The SQL a migration from the snapshot to the model would run, as HasPendingModelChanges compares them.</summary>
    private static List<string> MissingFromMigrations(ChatOpsDbContext db)
    {
        var snapshot = db.GetService<IMigrationsAssembly>().ModelSnapshot?.Model
            ?? throw new InvalidOperationException($"{db.GetType().Name} has no model snapshot.");
        if (snapshot is IMutableModel mutable) snapshot = mutable.FinalizeModel();
        snapshot = db.GetService<IModelRuntimeInitializer>().Initialize(snapshot);
        var model = db.GetService<IDesignTimeModel>().Model;
        var operations = db.GetService<IMigrationsModelDiffer>().GetDifferences(snapshot.GetRelationalModel(), model.GetRelationalModel());
        return db.GetService<IMigrationsSqlGenerator>().Generate(operations, model).Select(c => c.CommandText.Trim()).ToList();
    }
}
