namespace ChatOps.Bot.Tests.Persistence;

public sealed class SqliteUpgradeTests() : UpgradeTests(new SqliteDatabases());

[Collection(PostgresCollection.Name)]
public sealed class PostgresUpgradeTests(PostgresFixture postgres) : UpgradeTests(postgres);
