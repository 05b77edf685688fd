namespace ChatOps.Bot.Tests.Persistence;

public sealed class SqliteDueReminderTests() : DueReminderTests(new SqliteDatabases());

[Collection(PostgresCollection.Name)]
public sealed class PostgresDueReminderTests(PostgresFixture postgres) : DueReminderTests(postgres);
