using ChatOps.Core.Ports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ChatOps.Bot.Persistence;

/// <summary>Registers the database from configuration and applies pending migrations at start-up.</summary>
public static class DatabaseSetup
{
    public const string DefaultConnection = "Data Source=chatops.db";

    public static IServiceCollection AddChatOpsDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        var connection = ConnectionString(configuration.GetConnectionString("ChatOps"));
        services.AddDbContext<ChatOpsDbContext>(options => options
            .UseSqlite(connection)
            // Migrations are written by hand, so there is no model snapshot to compare against.
            .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning)));
        services.AddScoped<IIncidentStore, EfIncidentStore>();
        services.AddScoped<IAuditLog, EfAuditLog>();
        return services;
    }

    /// <summary>Accepts a full connection string or just a file path.</summary>
    public static string ConnectionString(string? configured) =>
        string.IsNullOrWhiteSpace(configured) ? DefaultConnection
        : configured.Contains('=') ? configured
        : $"Data Source={configured}";

    public static async Task MigrateAsync(IServiceProvider services, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ChatOpsDbContext>();
        await db.Database.MigrateAsync(ct);
    }
}
