using ChatOps.Core.Commands;
using ChatOps.Core.Incidents;
using ChatOps.Core.Messaging;
using ChatOps.Core.Tests.Support;

namespace ChatOps.Core.Tests.Commands;

public class FormSubmissionTests
{
    private readonly IncidentHarness _h = new();

    private Task<FormOutcome> SubmitDeclareAsync(Dictionary<string, string> values) =>
        _h.Service.SubmitAsync(new CommandContext("alice", "general"), Declare.FormId, values);

    [Fact]
    public async Task A_complete_declare_form_opens_the_incident_with_its_details()
    {
        var outcome = await SubmitDeclareAsync(new()
        {
            [IncidentForms.Title] = "  Checkout is down ",
            [IncidentForms.Severity] = "p1",
            [IncidentForms.Services] = "API, Payments",
            [IncidentForms.Impact] = "EU customers cannot pay",
            [IncidentForms.Description] = "Started after deploy 412",
        });

        Assert.True(outcome.IsValid);
        Assert.Equal("C1", outcome.Reply!.Channel);
        var incident = Assert.Single(_h.Store.Incidents);
        Assert.Equal(("Checkout is down", "P1", "API, Payments", "EU customers cannot pay", "Started after deploy 412", false),
            (incident.Title, incident.SeverityKey, incident.AffectedServices, incident.Impact, incident.Description, incident.Private));
        Assert.Single(_h.Chat.PostsIn("incidents"));
    }

    [Theory]
    [InlineData("high")]
    [InlineData("HIGH")]
    [InlineData("High")]
    [InlineData("p1")]
    public async Task A_declare_form_takes_a_severity_by_its_key_or_its_name_in_any_case(string severity)
    {
        var outcome = await SubmitDeclareAsync(new() { [IncidentForms.Title] = "Checkout is down", [IncidentForms.Severity] = severity });

        Assert.True(outcome.IsValid, string.Join("; ", outcome.FieldErrors.Values));
        Assert.Equal("P1", Assert.Single(_h.Store.Incidents).SeverityKey);
    }

    [Fact]
    public async Task A_declare_form_without_a_title_returns_a_field_error_and_creates_nothing()
    {
        var outcome = await SubmitDeclareAsync(new() { [IncidentForms.Title] = " \u0007 ", [IncidentForms.Severity] = "P1" });

        Assert.False(outcome.IsValid);
        Assert.Null(outcome.Reply);
        Assert.Equal([IncidentForms.Title], outcome.FieldErrors.Keys);
        Assert.Empty(_h.Chat.Channels);
        Assert.Empty(_h.Store.Incidents);
    }

    [Theory]
    [InlineData("P9")]
    [InlineData("")]
    public async Task A_declare_form_with_a_bad_severity_returns_a_field_error_naming_the_choices(string severity)
    {
        var outcome = await SubmitDeclareAsync(new() { [IncidentForms.Title] = "Checkout is down", [IncidentForms.Severity] = severity });

        Assert.False(outcome.IsValid);
        Assert.Contains("P0, P1, P2, P3", outcome.FieldErrors[IncidentForms.Severity]);
        Assert.Empty(_h.Chat.Channels);
        Assert.Empty(_h.Store.Incidents);
    }

    [Fact]
    public async Task A_declare_form_reports_every_bad_field_at_once()
    {
        var outcome = await SubmitDeclareAsync(new() { [IncidentForms.Title] = new string('x', 151) });

        Assert.Equal([IncidentForms.Severity, IncidentForms.Title], outcome.FieldErrors.Keys.Order());
        Assert.Contains("150", outcome.FieldErrors[IncidentForms.Title]);
        Assert.Empty(_h.Chat.Channels);
    }

    [Fact]
    public async Task The_update_form_posts_a_status_update_to_the_incident_it_was_opened_for()
    {
        var incident = await _h.DeclareAsync("P1");
        var form = (await _h.RunInAsync(incident, "bob", "/incident update")).Form!;

        var outcome = await _h.Service.SubmitAsync(new CommandContext("bob", "anywhere"), form.Id,
            new Dictionary<string, string> { [IncidentForms.Status] = "monitoring", [IncidentForms.Message] = "Fix deployed" }, form.Context);

        Assert.True(outcome.IsValid);
        Assert.False(outcome.Reply!.IsError, outcome.Reply.Text);
        Assert.Equal(IncidentStatus.Monitoring, incident.Status);
        Assert.Equal("[monitoring] Fix deployed", incident.Timeline[^1].Text);
    }

    [Fact]
    public async Task An_update_form_with_bad_fields_returns_field_errors_and_changes_nothing()
    {
        var incident = await _h.DeclareAsync("P1");
        var timeline = incident.Timeline.Count;

        var outcome = await _h.Service.SubmitAsync(new CommandContext("bob", incident.ChannelId), PostUpdate.FormId,
            new Dictionary<string, string> { [IncidentForms.Status] = "resolved", [IncidentForms.Message] = " " }, incident.Number);

        Assert.Equal([IncidentForms.Message, IncidentForms.Status], outcome.FieldErrors.Keys.Order());
        Assert.Equal(timeline, incident.Timeline.Count);
    }

    [Fact]
    public async Task An_update_form_for_a_resolved_incident_is_an_error()
    {
        var incident = await _h.DeclareAsync("P1");
        await _h.RunInAsync(incident, "bob", "/incident resolve");

        var outcome = await _h.Service.SubmitAsync(new CommandContext("bob", incident.ChannelId), PostUpdate.FormId,
            new Dictionary<string, string> { [IncidentForms.Status] = "monitoring", [IncidentForms.Message] = "late" }, incident.Number);

        Assert.True(outcome.Reply!.IsError);
    }

    [Fact]
    public async Task An_update_form_for_an_unknown_incident_is_an_error()
    {
        var outcome = await _h.Service.SubmitAsync(new CommandContext("bob", "C1"), PostUpdate.FormId,
            new Dictionary<string, string> { [IncidentForms.Status] = "monitoring", [IncidentForms.Message] = "x" }, "INC-2026-404");

        Assert.True(outcome.Reply!.IsError);
        Assert.Contains("INC-2026-404", outcome.Reply.Text);
    }

    [Fact]
    public async Task An_unknown_form_is_an_error()
    {
        var outcome = await _h.Service.SubmitAsync(new CommandContext("bob", "C1"), "form.nope", new Dictionary<string, string>());

        Assert.True(outcome.Reply!.IsError);
    }
}
