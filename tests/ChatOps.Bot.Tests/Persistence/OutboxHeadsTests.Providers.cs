namespace ChatOps.Bot.Tests.Persistence;

public sealed class SqliteOutboxHeadsTests() : OutboxHeadsTests(new SqliteDatabases());

[Collection(PostgresCollection.Name)]
public sealed class PostgresOutboxHeadsTests(PostgresFixture postgres) : OutboxHeadsTests(postgres);
