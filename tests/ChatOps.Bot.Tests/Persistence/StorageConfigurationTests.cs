using ChatOps.Bot.Tests.Support;
using ChatOps.Tests.Shared;

namespace ChatOps.Bot.Tests.Persistence;

/// <summary>A storage setting the bot cannot use stops it at start with a message naming the key to fix, and creates nothing.</summary>
public sealed class StorageConfigurationTests : ShellTest
{
    [Fact]
    public async Task An_unknown_provider_is_refused_at_start()
    {
        Shell.Settings["Storage:Provider"] = "Oracle";

        var run = await Shell.RunScriptAsync("alice", "/incident declare P0 Anything");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Storage__Provider 'Oracle' is not supported: use Sqlite (the default", run.Error);
        Assert.False(File.Exists(Shell.DatabasePath));
    }

    [Theory]
    [InlineData("", "Storage__Provider=Postgres needs ConnectionStrings__ChatOps")]
    [InlineData("Database=chatops", "ConnectionStrings__ChatOps is not a PostgreSQL connection string (it names no Host)")]
    [InlineData("Host=db;Flavour=strawberry", "ConnectionStrings__ChatOps is not a PostgreSQL connection string")]
    public async Task Postgres_without_a_usable_connection_string_is_refused_at_start(string connection, string message)
    {
        Shell.Settings["Storage:Provider"] = "postgres";
        Shell.Settings["ConnectionStrings:ChatOps"] = connection;

        var run = await Shell.RunScriptAsync("alice", "/incident list");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(message, run.Error);
        Assert.Contains("Host=", run.Error);
    }

    [Fact]
    public async Task A_PostgreSQL_server_that_does_not_answer_is_reported_with_where_it_was_looked_for()
    {
        Shell.Settings["Storage:Provider"] = "Postgres";
        Shell.Settings["ConnectionStrings:ChatOps"] = $"Host=127.0.0.1;Port={PostgresCluster.FreePort()};Database=chatops;Username=bot;Password=secret";

        var run = await Shell.RunScriptAsync("alice", "/incident list");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Could not prepare the PostgreSQL database 'chatops' on 127.0.0.1:", run.Error);
        Assert.Contains("Check ConnectionStrings__ChatOps", run.Error);
        Assert.DoesNotContain("secret", run.Error);
    }

    [Fact]
    public async Task A_lease_that_is_not_a_duration_is_refused_at_start()
    {
        Shell.Settings["Storage:ClaimLease"] = "soon";

        var run = await Shell.RunScriptAsync("alice", "/incident list");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Storage__ClaimLease 'soon' is not a positive duration", run.Error);
    }

    [Fact]
    public async Task The_provider_name_is_not_case_sensitive()
    {
        Shell.Settings["Storage:Provider"] = "SQLITE";

        var run = await Shell.RunScriptAsync("alice", "/incident declare P2 Slow dashboards");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Declared INC-2026-001", run.Output);
    }
}
