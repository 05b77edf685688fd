using System.Net;
using System.Text.Json.Nodes;
using ChatOps.Bot.Persistence;
using ChatOps.Bot.Tests.Slack.Host;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChatOps.Bot.Tests.Observability;

/// <summary><c>/readyz</c> reports the database, its migrations, whether it takes writes, and the outbox; <c>/healthz</c> stays liveness.</summary>
public sealed class ReadinessTests : SlackIncidentTest
{
    [Fact]
    public async Task A_fresh_host_is_ready_with_every_check_healthy()
    {
        var (status, report) = await ReadyzAsync();

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Healthy", report["status"]!.GetValue<string>());
        foreach (var check in new[] { "database", "migrations", "writes", "outbox" })
            Assert.Equal("Healthy", report["checks"]![check]!["status"]!.GetValue<string>());
        Assert.Equal(0, report["checks"]!["outbox"]!["data"]!["parked"]!.GetValue<int>());
    }

    [Fact]
    public async Task Parked_effects_make_the_host_degraded_but_still_ready()
    {
        Slack.FailNextWithError("conversations.create", "restricted_action");

        await Driver.SlashAsync(Alice, General, "declare P1 Checkout slow");
        await Host.InboxIdleAsync();

        var (status, report) = await ReadyzAsync();
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Degraded", report["status"]!.GetValue<string>());
        var outbox = report["checks"]!["outbox"]!;
        Assert.Equal("Degraded", outbox["status"]!.GetValue<string>());
        Assert.Contains("parked", outbox["description"]!.GetValue<string>());
        var parked = outbox["data"]!["parked"]!.GetValue<int>();
        Assert.True(parked >= 2, $"{parked} parked");
        Assert.Equal("Healthy", report["checks"]!["database"]!["status"]!.GetValue<string>());

        var scrape = await Host.ScrapeAsync();
        Assert.Equal(parked, scrape.Value("chatops_outbox_parked"));
        Assert.Equal(1, scrape.Value("chatops_chat_api_calls_total", "method=conversations.create", "status=200"));
        Assert.Equal(parked, scrape.Value("chatops_outbox_delivery_attempts_total", "platform=slack", "outcome=parked"));
    }

    [Fact]
    public async Task A_database_missing_a_migration_makes_the_host_unready()
    {
        await using (var scope = Host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ChatOpsDbContext>();
            var last = (await db.Database.GetAppliedMigrationsAsync()).Last();
            await db.Database.ExecuteSqlAsync($"DELETE FROM \"__EFMigrationsHistory\" WHERE \"MigrationId\" = {last}");
        }

        var (status, report) = await ReadyzAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("Unhealthy", report["status"]!.GetValue<string>());
        var migrations = report["checks"]!["migrations"]!;
        Assert.Equal("Unhealthy", migrations["status"]!.GetValue<string>());
        Assert.Single(migrations["data"]!["pending"]!.AsArray());
        Assert.Equal("Healthy", report["checks"]!["database"]!["status"]!.GetValue<string>());
        // Liveness is not readiness: the process itself is fine.
        Assert.Equal(HttpStatusCode.OK, (await Host.Client.GetAsync("/healthz")).StatusCode);
    }

    private async Task<(HttpStatusCode Status, JsonNode Report)> ReadyzAsync()
    {
        using var response = await Host.Client.GetAsync("/readyz");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }
}
