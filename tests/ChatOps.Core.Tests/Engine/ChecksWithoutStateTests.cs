using ChatOps.Core.Commands;
using ChatOps.Core.Engine;
using ChatOps.Core.Tests.Support;

namespace ChatOps.Core.Tests.Engine;

/// <summary>
/// The early check a front end makes for every request, answered without a unit of work when it reads nothing stored
/// (<see cref="IncidentEngine.TryCheckWithoutState"/> on an engine made by <see cref="IncidentEngine.ForChecks"/>,
/// which has no store, chat or audit log): the same answer as the full check, and declined for what needs state.
/// </summary>
public class ChecksWithoutStateTests
{
    private readonly IncidentHarness _h = new();

    [Theory]
    [InlineData("/incident declare P1 Checkout down")]
    [InlineData("/incident declare P9 Checkout down")]
    [InlineData("/incident declare P1 \u200B\u202E\u0007")]
    [InlineData("/incident frobnicate")]
    [InlineData("/incident declare P2 <!channel> *bold* `tick` & <script>")]
    public async Task A_declaration_or_an_unknown_command_is_checked_without_state_and_answered_as_the_full_check_answers(string text)
    {
        var checks = IncidentEngine.ForChecks(_h.Runbook);
        var work = new UnitOfWork(new CommandContext("bob", "general"), _h.Clock.GetUtcNow());
        var full = await _h.Engine.CheckAsync(work, new TypedInput(text));

        Assert.True(checks.TryCheckWithoutState(work, new TypedInput(text), out var answer));

        Assert.Equal(full?.IsRefusal, answer?.IsRefusal);
        Assert.Equal(full?.Reply.Text, answer?.Reply.Text);
    }

    [Theory]
    [InlineData("/incident declare")]
    [InlineData("/incident status")]
    [InlineData("/incident list")]
    [InlineData("/incident help")]
    [InlineData("/incident ack")]
    [InlineData("/incident note the cache is cold")]
    [InlineData("/incident sev P9")]
    public void A_command_answered_at_once_or_about_an_incident_is_left_to_the_full_check(string text)
    {
        var checks = IncidentEngine.ForChecks(_h.Runbook);
        var work = new UnitOfWork(new CommandContext("bob", "general"), _h.Clock.GetUtcNow());

        Assert.False(checks.TryCheckWithoutState(work, new TypedInput(text), out var answer));
        Assert.Null(answer);
    }

    [Fact]
    public async Task The_engine_for_checks_has_no_store_to_read()
    {
        var checks = IncidentEngine.ForChecks(_h.Runbook);
        var work = new UnitOfWork(new CommandContext("bob", "general"), _h.Clock.GetUtcNow());

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => checks.CheckAsync(work, new TypedInput("/incident status INC-2026-001")));

        Assert.Contains("IIncidentStore", error.Message);
    }
}
