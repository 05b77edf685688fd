using ChatOps.Core.Commands;
using ChatOps.Core.Incidents;

namespace ChatOps.Core.Tests.Commands;

public class CommandParserTests
{
    private static IncidentCommand Parsed(string text)
    {
        var result = CommandParser.Parse(text);
        Assert.Null(result.Error);
        return result.Command!;
    }

    private static string Error(string text)
    {
        var result = CommandParser.Parse(text);
        Assert.Null(result.Command);
        return result.Error!;
    }

    public static TheoryData<string, IncidentCommand> EveryVerb => new()
    {
        { "declare P1 Checkout is down", new DeclareCommand("P1", "Checkout is down") },
        { "declare", new DeclareCommand(null, null) },
        { "ack", new AcknowledgeCommand() },
        { "acknowledge", new AcknowledgeCommand() },
        { "update identified Bad deploy found", new PostUpdateCommand(IncidentStatus.Identified, "Bad deploy found") },
        { "update MONITORING fix out", new PostUpdateCommand(IncidentStatus.Monitoring, "fix out") },
        { "update investigating still looking", new PostUpdateCommand(IncidentStatus.Investigating, "still looking") },
        { "update", new PostUpdateCommand(null, null) },
        { "sev P0", new ChangeSeverityCommand("P0") },
        { "severity p2", new ChangeSeverityCommand("p2") },
        { "role commander @bob", new AssignRoleCommand(IncidentRole.Commander, "@bob") },
        { "role ic bob", new AssignRoleCommand(IncidentRole.Commander, "bob") },
        { "role comms carol", new AssignRoleCommand(IncidentRole.Comms, "carol") },
        { "role Scribe dave", new AssignRoleCommand(IncidentRole.Scribe, "dave") },
        { "triage", new TriageCommand() },
        { "escalate", new EscalateCommand(null) },
        { "escalate need the db team", new EscalateCommand("need the db team") },
        { "note Error rate at 40%", new AddNoteCommand("Error rate at 40%") },
        { "resolve", new ResolveCommand(null) },
        { "resolve Rolled back deploy 412", new ResolveCommand("Rolled back deploy 412") },
        { "close", new CloseCommand() },
        { "declare P1 --kind data-leak Tenant B rows visible", new DeclareCommand("P1", "Tenant B rows visible", DeclareDetails.None with { Kind = "data-leak" }) },
        { "declare --kind=data-leak --private P0 Keys leaked", new DeclareCommand("P0", "Keys leaked", DeclareDetails.None with { Kind = "data-leak", Private = true }) },
        { "declare P2 Deploy --force broke it", new DeclareCommand("P2", "Deploy --force broke it") },
        { "declare --kind data-leak", new DeclareCommand(null, null, DeclareDetails.None with { Kind = "data-leak" }) },
        { "notified notification Emailed all tenants", new NotifiedCommand("notification Emailed all tenants") },
        { "audit", new AuditCommand(null, AuditCommand.DefaultCount) },
        { "audit INC-2026-001 5", new AuditCommand("INC-2026-001", 5) },
        { "audit 50 inc-2026-002", new AuditCommand("INC-2026-002", 50) },
        { "list", new ListCommand() },
        { "status", new StatusCommand() },
        { "help", new HelpCommand() },
        { "", new HelpCommand() },
    };

    [Theory]
    [MemberData(nameof(EveryVerb))]
    public void Every_verb_parses_bare(string text, IncidentCommand expected)
    {
        Assert.Equal(expected, Parsed(text));
    }

    [Theory]
    [MemberData(nameof(EveryVerb))]
    public void Every_verb_parses_after_a_slash_incident_prefix(string text, IncidentCommand expected)
    {
        Assert.Equal(expected, Parsed("/incident " + text));
    }

    [Theory]
    [MemberData(nameof(EveryVerb))]
    public void Every_verb_parses_after_a_plain_incident_prefix(string text, IncidentCommand expected)
    {
        Assert.Equal(expected, Parsed("incident " + text));
    }

    [Fact]
    public void The_prefix_and_verb_ignore_case_and_extra_white_space()
    {
        Assert.Equal(new DeclareCommand("P1", "Checkout down"), Parsed("  /Incident   DECLARE  P1   Checkout \t down  "));
    }

    [Fact]
    public void Null_text_and_a_bare_prefix_are_help()
    {
        Assert.IsType<HelpCommand>(Parsed(null!));
        Assert.IsType<HelpCommand>(Parsed("/incident"));
    }

    [Fact]
    public void Only_the_first_incident_word_is_a_prefix()
    {
        Assert.Equal(new DeclareCommand("P1", "incident in prod"), Parsed("/incident declare P1 incident in prod"));
    }

    [Fact]
    public void Declare_with_a_severity_and_no_title_asks_for_the_title()
    {
        var error = Error("/incident declare P1");

        Assert.Contains("needs a title", error);
        Assert.Contains("/incident declare P1 <title...>", error);
    }

    [Fact]
    public void Update_with_an_unknown_status_lists_the_statuses()
    {
        var error = Error("/incident update fixed All good");

        Assert.Contains("'fixed'", error);
        Assert.Contains("investigating, identified or monitoring", error);
    }

    [Fact]
    public void Update_with_a_status_and_no_message_asks_for_the_message()
    {
        Assert.Contains("needs a message", Error("/incident update monitoring"));
    }

    [Theory]
    [InlineData("/incident sev")]
    public void Sev_needs_exactly_one_severity(string text)
    {
        Assert.Contains("/incident sev <SEV>", Error(text));
    }

    [Theory]
    [InlineData("/incident role")]
    [InlineData("/incident role comms")]
    [InlineData("/incident role comms bob carol")]
    public void Role_needs_a_role_and_one_person(string text)
    {
        Assert.Contains("/incident role <commander|comms|scribe> <user>", Error(text));
    }

    [Fact]
    public void Role_with_an_unknown_role_names_the_roles()
    {
        var error = Error("/incident role chef bob");

        Assert.Contains("'chef'", error);
        Assert.Contains("commander, comms or scribe", error);
    }

    [Theory]
    [InlineData("<!channel>", "< ! >")]
    [InlineData("<@U0OTHER01|x>", "< | >")]
    [InlineData("*bold*", "*")]
    [InlineData("`code`~x~", "` ~")]
    [InlineData("<https://evil.example|bob>", "< : / | >")]
    public void Role_refuses_a_target_with_characters_no_name_has_and_says_what_a_person_looks_like(string target, string named)
    {
        var error = Error($"/incident role comms {target}");

        Assert.StartsWith("That is not a person: a name holds letters, digits and . _ - ' + @, and this one also holds " + named + ";", error);
        Assert.Contains("name them by @handle, user id, email or runbook handle", error);
        Assert.EndsWith("For example: /incident role comms @bob.", error);
        Assert.DoesNotContain(target, error);
    }

    [Theory]
    [InlineData("\u202Eevil")]
    [InlineData("bo\u2067b")]
    [InlineData("bo\u200Bb")]
    [InlineData("bob\u061C")]
    [InlineData("bob\u200E")]
    [InlineData("bob\u001B[31m")]
    public void Role_refuses_a_target_with_invisible_or_control_characters(string escaped)
    {
        var error = Error($"/incident role scribe {System.Text.RegularExpressions.Regex.Unescape(escaped)}");

        Assert.StartsWith("That is not a person: it holds invisible or control characters", error);
        Assert.DoesNotContain(error, c => char.IsControl(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format);
    }

    [Fact]
    public void Role_refuses_a_target_longer_than_any_email()
    {
        Assert.StartsWith("That is not a person: it is 255 characters", Error($"/incident role comms {new string('a', 255)}"));
    }

    [Theory]
    [InlineData("@bob")]
    [InlineData("U0BOB00001")]
    [InlineData("cto@example.com")]
    [InlineData("first.last+oncall@example.co.uk")]
    [InlineData("b0b00000-0000-4000-8000-000000000002")]
    [InlineData("@josé-ñúñez")]
    [InlineData("night_owl_o'brien")]
    [InlineData("山田太郎")]
    public void Role_takes_a_handle_user_id_email_or_object_id(string target)
    {
        Assert.Equal(new AssignRoleCommand(IncidentRole.Comms, target), CommandParser.Parse($"/incident role comms {target}").Command);
    }

    [Fact]
    public void Note_needs_text()
    {
        Assert.Contains("/incident note <text...>", Error("/incident note"));
    }

    [Theory]
    [InlineData("ack")]
    [InlineData("triage")]
    [InlineData("close")]
    public void Verbs_without_arguments_refuse_extra_words(string verb)
    {
        Assert.Equal($"/incident {verb} takes no arguments.", Error($"/incident {verb} now please"));
    }

    [Fact]
    public void An_unknown_verb_is_named_and_the_commands_are_listed()
    {
        var error = Error("/incident reboot everything");

        Assert.StartsWith("Unknown command 'reboot'.", error);
        foreach (var verb in new[] { "declare", "ack", "update", "sev", "role", "triage", "escalate", "note", "resolve", "close", "list" })
            Assert.Contains($"/incident {verb}", error);
    }

    [Theory]
    [InlineData("investigating", IncidentStatus.Investigating)]
    [InlineData("Identified", IncidentStatus.Identified)]
    [InlineData("MONITORING", IncidentStatus.Monitoring)]
    public void Statuses_parse_in_any_case(string text, IncidentStatus expected)
    {
        Assert.True(PostUpdate.TryParseStatus(text, out var status));
        Assert.Equal(expected, status);
    }

    [Theory]
    [InlineData("resolved")]
    [InlineData("closed")]
    [InlineData("")]
    public void Resolved_and_closed_are_not_update_statuses(string text)
    {
        Assert.False(PostUpdate.TryParseStatus(text, out _));
    }

    [Theory]
    [InlineData("/incident declare P1 --colour red Checkout", "Unknown option '--colour': declare takes --kind <kind> and --private")]
    [InlineData("/incident declare P1 --kind", "--kind needs a kind")]
    [InlineData("/incident declare --kind --private P1 x", "--kind needs a kind")]
    [InlineData("/incident declare P1 --kind data-leak", "A declaration needs a title: /incident declare P1 <title...>")]
    [InlineData("/incident notified", "Say who was notified: /incident notified [clock] <who was notified, how>")]
    [InlineData("/incident audit 0", "'0' is not an incident or a count")]
    [InlineData("/incident audit 201", "'201' is not an incident or a count")]
    [InlineData("/incident audit lots", "'lots' is not an incident or a count: /incident audit [INC-2026-001] [N]")]
    [InlineData("/incident audit INC-2026-001 INC-2026-002", "'INC-2026-002' is not an incident or a count")]
    public void Bad_declare_options_notified_and_audit_arguments_say_how_to_write_them(string text, string message)
    {
        Assert.StartsWith(message, Error(text));
    }
}
