namespace ChatOps.Bot.Tests.Persistence;

/// <summary>Tests that share the throwaway PostgreSQL cluster (they run one class at a time).</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresFixture>
{
    public const string Name = "PostgreSQL";
}
