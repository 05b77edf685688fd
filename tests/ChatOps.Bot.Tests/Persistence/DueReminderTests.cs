using ChatOps.Core.Reminders;

namespace ChatOps.Bot.Tests.Persistence;

/// <summary>What the reminder worker reads: an incident's due reminders, and when the next one nobody holds falls due.</summary>
public abstract class DueReminderTests(IDatabaseSource databases) : StorageTest(databases)
{
    private static readonly DateTimeOffset Start = StorageReplica.Start;

    [Fact]
    public async Task An_incidents_due_reminders_come_back_as_saved_earliest_first_and_in_saved_order_when_due_together()
    {
        var replica = await ReplicaAsync();
        var incident = StoredIncidents.New(1);
        var other = StoredIncidents.New(2);
        var atTen = Start.AddMinutes(10).AddTicks(1234567);
        await SaveAsync(replica, incident,
            new(incident.Id, ReminderKind.Escalation, atTen, Tier: 2),
            new(incident.Id, ReminderKind.StatusUpdate, Start.AddMinutes(5)),
            new(incident.Id, ReminderKind.DeadlineReminder, Start.AddMinutes(5), Clock: "customer-comms"),
            new(incident.Id, ReminderKind.PostMortemDue, atTen.AddTicks(1)));
        await SaveAsync(replica, other, new ScheduledReminder(other.Id, ReminderKind.StatusUpdate, Start.AddMinutes(1)));

        var due = await DueAsync(replica, incident.Id, atTen);

        Assert.Equal(
        [
            new(incident.Id, ReminderKind.StatusUpdate, Start.AddMinutes(5)),
            new(incident.Id, ReminderKind.DeadlineReminder, Start.AddMinutes(5), Clock: "customer-comms"),
            new(incident.Id, ReminderKind.Escalation, atTen, Tier: 2),
        ], due);
        Assert.Empty(await DueAsync(replica, incident.Id, Start.AddMinutes(5).AddTicks(-1)));
    }

    [Fact]
    public async Task The_replica_that_claimed_an_incident_reads_all_its_due_reminders()
    {
        var replica = await ReplicaAsync();
        var incident = StoredIncidents.New(1);
        await SaveAsync(replica, incident,
            new(incident.Id, ReminderKind.StatusUpdate, Start.AddMinutes(1)),
            new(incident.Id, ReminderKind.Escalation, Start.AddMinutes(2), Tier: 1));
        Assert.Equal([incident.Id], await replica.StoreAsync(s => s.ClaimIncidentsWithDueRemindersAsync(Start.AddMinutes(2), 10, CancellationToken.None)));

        var due = await DueAsync(replica, incident.Id, Start.AddMinutes(2));

        Assert.Equal([ReminderKind.StatusUpdate, ReminderKind.Escalation], due.Select(r => r.Kind));
    }

    [Fact]
    public async Task Without_reminders_nothing_is_next()
    {
        var replica = await ReplicaAsync();

        Assert.Null(await NextAsync(replica, Start));
    }

    [Fact]
    public async Task The_next_reminder_is_the_earliest_nobody_holds_a_live_claim_on()
    {
        var replica = await ReplicaAsync();
        var first = StoredIncidents.New(1);
        var second = StoredIncidents.New(2);
        await SaveAsync(replica, first,
            new(first.Id, ReminderKind.Escalation, Start.AddMinutes(5), Tier: 1),
            new(first.Id, ReminderKind.StatusUpdate, Start.AddMinutes(15)));
        await SaveAsync(replica, second, new ScheduledReminder(second.Id, ReminderKind.StatusUpdate, Start.AddMinutes(10)));
        Assert.Equal(Start.AddMinutes(5), await NextAsync(replica, Start));

        // The claim holds the first incident's earliest row; its later row stays unclaimed and counts.
        var claimedAt = Start.AddMinutes(20);
        Assert.Equal([first.Id], await replica.StoreAsync(s => s.ClaimIncidentsWithDueRemindersAsync(claimedAt, 1, CancellationToken.None)));

        Assert.Equal(Start.AddMinutes(10), await NextAsync(replica, claimedAt));
        Assert.Equal(Start.AddMinutes(10), await NextAsync(replica, claimedAt + replica.Lease - TimeSpan.FromTicks(1)));
        Assert.Equal(Start.AddMinutes(5), await NextAsync(replica, claimedAt + replica.Lease));
    }

    private static Task SaveAsync(StorageReplica replica, Core.Incidents.Incident incident, params ScheduledReminder[] schedule) =>
        replica.StoreAsync(s => s.SaveAsync(incident, schedule, CancellationToken.None));

    private static Task<IReadOnlyList<ScheduledReminder>> DueAsync(StorageReplica replica, Guid incidentId, DateTimeOffset now) =>
        replica.StoreAsync(s => s.DueRemindersAsync(incidentId, now, CancellationToken.None));

    private static Task<DateTimeOffset?> NextAsync(StorageReplica replica, DateTimeOffset now) =>
        replica.StoreAsync(s => s.NextReminderDueAsync(now, CancellationToken.None));
}
