using ChatOps.Core.Commands;
using ChatOps.Core.Probes;
using ChatOps.Core.Tests.Support;

namespace ChatOps.Core.Tests.Probes;

/// <summary>/incident probe asks the host to run runbook probes, by name, all, or the incident's own, and refuses names the runbook lacks.</summary>
public class ProbeCommandTests
{
    private readonly IncidentHarness _h = new(ProbeRunbooks.WithProbes());

    [Fact]
    public async Task A_named_probe_is_asked_for_and_answered_at_once()
    {
        var incident = await _h.DeclareAsync("P1");

        var reply = await _h.RunInAsync(incident, "bob", "/incident probe API-HEALTH");

        Assert.False(reply.IsError, reply.Text);
        Assert.Equal("Running api-health; results will be posted here.", reply.Text);
        var asked = Assert.Single(_h.ProbeRequests!.Asked);
        Assert.Equal((incident.Number, ProbeRun.Requested), (asked.Incident, asked.Run));
        Assert.Equal(["api-health"], asked.Probes);
    }

    [Fact]
    public async Task All_runs_every_probe_of_the_runbook_and_no_name_those_of_the_affected_services()
    {
        var incident = await _h.DeclareAsync("P1");
        await _h.RunInAsync(incident, "alice", "/incident services API");

        await _h.RunInAsync(incident, "bob", "/incident probe all");
        await _h.RunInAsync(incident, "bob", "/incident probe");

        Assert.Equal(["api-health", "checkout", "edge"], _h.ProbeRequests!.Asked[0].Probes);
        Assert.Equal(["api-health", "edge"], _h.ProbeRequests.Asked[1].Probes);
    }

    [Fact]
    public async Task An_unknown_probe_is_refused_before_anything_runs_naming_the_probes_there_are()
    {
        var incident = await _h.DeclareAsync("P1");

        var refusal = await _h.Service.RefuseAsync(new("bob", incident.ChannelId), new ProbeCommand("nope"));

        Assert.Equal("No probe 'nope' in this runbook; choose one of: api-health, checkout, edge (or all).", refusal?.Text);
        Assert.Empty(_h.ProbeRequests!.Asked);
    }

    [Fact]
    public async Task A_runbook_without_probes_says_how_to_add_them()
    {
        var h = new IncidentHarness();
        var incident = await h.DeclareAsync("P1");

        var reply = await h.RunInAsync(incident, "bob", "/incident probe");

        Assert.True(reply.IsError);
        Assert.StartsWith("This runbook has no health probes. Add them under probes: checks:", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_host_that_runs_no_probes_says_so()
    {
        _h.ProbeRequests = null;
        var incident = await _h.DeclareAsync("P1");

        var reply = await _h.RunInAsync(incident, "bob", "/incident probe api-health");

        Assert.True(reply.IsError);
        Assert.Contains("Probes are not run here", reply.Text);
    }

    [Fact]
    public async Task Someone_outside_a_private_incident_may_not_run_its_probes()
    {
        var reply = await _h.RunAsync("alice", "general", "/incident declare P1 --private Data exposure");
        var incident = _h.Store.Incidents.Single(i => i.ChannelId == reply.Channel);

        var refused = await _h.RunInAsync(incident, IncidentHarness.Outsider, "/incident probe all");

        Assert.True(refused.IsError);
        Assert.Empty(_h.ProbeRequests!.Asked);
    }
}
