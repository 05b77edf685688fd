using ChatOps.Bot.Tests.Support;

namespace ChatOps.Bot.Tests.Persistence;

/// <summary>The whole bot runs on PostgreSQL as it does on SQLite: a scripted incident, a restart, a reminder that fell due meanwhile.</summary>
[Collection(PostgresCollection.Name)]
public sealed class ShellOnPostgresTests(PostgresFixture postgres) : ShellTest
{
    [Fact]
    public async Task An_incident_declared_on_PostgreSQL_survives_a_restart_and_escalates_on_time()
    {
        foreach (var (key, value) in await postgres.NewDatabaseAsync()) Shell.Settings[key] = value;

        var first = await Shell.RunScriptAsync("alice", "/incident declare P0 Payments failing", "/incident note Stripe 502s");
        Shell.Time.Advance(TimeSpan.FromMinutes(6));
        var second = await Shell.RunScriptAsync("bob", "/incident declare P1 Webhooks delayed", "/join #inc-2026-001-payments-failing", "/incident status");

        Assert.Contains("Declared INC-2026-001 (P0)", first.Output);
        Assert.Contains("Escalated INC-2026-001 (P0) to tier 1", second.Output);
        Assert.Contains("Declared INC-2026-002 (P1)", second.Output);
        Assert.Contains("alice: Stripe 502s", second.Output);
        Assert.False(File.Exists(Shell.DatabasePath));
    }
}
