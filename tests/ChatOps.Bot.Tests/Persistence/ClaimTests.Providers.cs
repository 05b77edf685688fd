namespace ChatOps.Bot.Tests.Persistence;

public sealed class SqliteClaimTests() : ClaimTests(new SqliteDatabases());

[Collection(PostgresCollection.Name)]
public sealed class PostgresClaimTests(PostgresFixture postgres) : ClaimTests(postgres);
