namespace ChatOps.Bot.Tests.Persistence;

public sealed class SqliteStorageRoundTripTests() : StorageRoundTripTests(new SqliteDatabases());

[Collection(PostgresCollection.Name)]
public sealed class PostgresStorageRoundTripTests(PostgresFixture postgres) : StorageRoundTripTests(postgres);
