using ChatOps.Core.Tests.Support;

namespace ChatOps.Core.Tests.Commands;

/// <summary>Any incident's status by number from anywhere (access rules apply), and lists of all, ended or one's own incidents.</summary>
public class FindingIncidentsTests
{
    private readonly IncidentHarness _h = new();

    [Fact]
    public async Task Status_of_an_incident_by_number_works_from_any_channel()
    {
        var incident = await _h.DeclareAsync("P1", "Checkout is down");

        var reply = await _h.RunAsync("bob", "general", $"/incident status {incident.Number.ToLowerInvariant()}");

        Assert.False(reply.IsError, reply.Text);
        Assert.StartsWith($"{incident.Number} (Investigating)", reply.Text);
        Assert.Equal($"{incident.Number}: Checkout is down", reply.Card!.Title);
    }

    [Fact]
    public async Task Status_of_an_unknown_number_says_so_and_a_private_one_stays_hidden()
    {
        var leak = await _h.DeclareDataLeakAsync();

        Assert.Contains("No incident INC-2026-404", (await _h.RunAsync("bob", "general", "/incident status INC-2026-404")).Text);
        var hidden = await _h.RunAsync(IncidentHarness.Outsider, "general", $"/incident status {leak.Number}");
        Assert.True(hidden.IsError);
        Assert.Contains("private", hidden.Text);
        Assert.Contains("takes at most an incident number", (await _h.RunAsync("bob", "general", "/incident status now please")).Text);
    }

    [Fact]
    public async Task Lists_show_open_all_ended_or_ones_own_incidents()
    {
        var first = await _h.DeclareAsync("P1", "Checkout is down");
        await _h.RunInAsync(first, "alice", "/incident resolve Rolled back");
        await _h.DeclareAsync("P2", "Search is slow", actor: "dave");

        var open = await _h.RunAsync("bob", "general", "/incident list");
        var all = await _h.RunAsync("bob", "general", "/incident list --all");
        var ended = await _h.RunAsync("bob", "general", "/incident list --closed");
        var mine = await _h.RunAsync("dave", "general", "/incident list --mine");
        var notMine = await _h.RunAsync("erin", "general", "/incident list --mine");

        Assert.Contains("Search is slow", open.Text);
        Assert.DoesNotContain("Checkout is down", open.Text);
        Assert.Contains("Incidents (2)", all.Text);
        Assert.Contains("Checkout is down", ended.Text);
        Assert.DoesNotContain("Search is slow", ended.Text);
        Assert.Contains("Search is slow", mine.Text);
        Assert.DoesNotContain("Checkout is down", mine.Text);
        Assert.Equal("No open incidents of yours.", notMine.Text);
        Assert.Contains("Unknown option '--everything'", (await _h.RunAsync("bob", "general", "/incident list --everything")).Text);
    }
}
