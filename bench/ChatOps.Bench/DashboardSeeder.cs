using ChatOps.Core.Incidents;

namespace ChatOps.Bench;

/// <summary>
/// A history of incidents as the dashboard meets it: over two years, nine in ten resolved, one in twenty private, each
/// with a short timeline, through the bot's own store so the rows are what the bot writes.
/// </summary>
public static class DashboardSeeder
{
    private static readonly DateTimeOffset First = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly string[] Services = ["checkout", "search", "payments", "login", "email", "reports"];

    public static string Number(int index) => Incident.FormatNumber(2000 + index / 100_000, index % 100_000 + 1);

    public static Task SeedAsync(IServiceProvider services, int count) => SeedBatches.StoreAsync(services, count, (runbook, i) =>
    {
        var severity = runbook.Severities[i % runbook.Severities.Count];
        var service = Services[i % Services.Length];
        var at = First + TimeSpan.FromHours(i * 1.7);
        var person = $"U0P{i % 40:D7}";
        var details = DeclareDetails.None with { AffectedServices = service, Impact = $"{service} errors for some customers", Private = i % 20 == 0 };
        var incident = Incident.Declare(2000 + i / 100_000, i % 100_000 + 1, $"{service} degraded ({i})", severity, person, person, details, $"CD{i:D8}", $"inc-dash-{i}", at);
        incident.Acknowledge(person, at.AddMinutes(3));
        incident.PostUpdate(person, IncidentStatus.Identified, $"Found the cause in {service}", at.AddMinutes(20));
        incident.AddNote(person, "Rolled back the last deploy", at.AddMinutes(30));
        if (i % 10 != 0) incident.Resolve(person, $"Fixed {service}", at.AddMinutes(45));
        return incident;
    });
}
