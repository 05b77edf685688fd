namespace ChatOps.Bot.Tests.Persistence;

public sealed class SqliteDeliveredIdsTests() : DeliveredIdsTests(new SqliteDatabases());

[Collection(PostgresCollection.Name)]
public sealed class PostgresDeliveredIdsTests(PostgresFixture postgres) : DeliveredIdsTests(postgres);
