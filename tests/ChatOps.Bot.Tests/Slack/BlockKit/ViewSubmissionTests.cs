using System.Text.Json;
using System.Text.Json.Nodes;
using System.Web;
using ChatOps.Bot.Slack.BlockKit;
using ChatOps.Core.Commands;
using ChatOps.Core.Messaging;

namespace ChatOps.Bot.Tests.Slack.BlockKit;

public class ViewSubmissionTests
{
    private static JsonElement View(JsonDocument payload) => payload.RootElement.GetProperty("view");

    [Fact]
    public void The_bolt_python_submission_gives_its_text_callback_and_metadata()
    {
        using var payload = BlockKitFixtures.ReadJson("payloads", "view_submission.bolt-python.json");

        Assert.Equal(new Dictionary<string, string> { ["hspI"] = "test" }, ViewSubmission.ReadValues(View(payload)));
        Assert.Equal("view-id", ViewSubmission.CallbackId(View(payload)));
        Assert.Equal("This is for you!", ViewSubmission.PrivateMetadata(View(payload)));
    }

    [Fact]
    public void The_slack_connect_submission_gives_its_text_and_empty_metadata()
    {
        using var payload = BlockKitFixtures.ReadJson("payloads", "view_submission.slack_connect.bolt-python.json");

        Assert.Equal(new Dictionary<string, string> { ["zniAM"] = "Hi there!" }, ViewSubmission.ReadValues(View(payload)));
        Assert.Equal("view-id", ViewSubmission.CallbackId(View(payload)));
        Assert.Equal("", ViewSubmission.PrivateMetadata(View(payload)));
    }

    [Fact]
    public void A_submission_whose_state_has_no_values_reads_as_empty()
    {
        using var payload = BlockKitFixtures.ReadJson("payloads", "view_submission.response_urls.bolt-python.json");

        Assert.Empty(ViewSubmission.ReadValues(View(payload)));
        Assert.Equal("", ViewSubmission.PrivateMetadata(View(payload)));
    }

    [Fact]
    public void Published_views_with_state_read_their_text_and_select_values()
    {
        using var modal = BlockKitFixtures.ReadJson("block-kit-views", "view_modal_008.json");
        using var envelope = BlockKitFixtures.ReadJson("socket-mode", "envelope.interactive.block_actions.python-slack-sdk.json");
        var body = File.ReadAllText(BlockKitFixtures.SlackReference("payloads", "block_actions.form-urlencoded.botbuilder-dotnet.txt"));
        using var blockActions = JsonDocument.Parse(HttpUtility.ParseQueryString(body)["payload"]!);

        Assert.Equal(new Dictionary<string, string> { ["multi-line"] = "This is my example inputted value" }, ViewSubmission.ReadValues(modal.RootElement));
        Assert.Equal(new Dictionary<string, string> { ["block"] = new string('a', 75) },
            ViewSubmission.ReadValues(envelope.RootElement.GetProperty("payload").GetProperty("view")));
        // A message's block_actions carries state at the top level in the same shape.
        Assert.Equal(new Dictionary<string, string> { ["EAEE"] = "select-fruit|apple" }, ViewSubmission.ReadValues(blockActions.RootElement));
    }

    [Fact]
    public void The_declare_modal_round_trips_through_the_state_slack_sends_back()
    {
        var view = BlockKitModals.Render(IncidentForms.Declare(BlockKitFixtures.Runbook));
        var answers = new Dictionary<string, string?>
        {
            [IncidentForms.Title] = "Checkout <is> down & out",
            [IncidentForms.Severity] = "P1",
            [IncidentForms.Kind] = "data-leak",
            [IncidentForms.Services] = null,
            [IncidentForms.Impact] = "EU\ncustomers",
            [IncidentForms.Description] = "",
            [IncidentForms.Private] = "true",
            [IncidentForms.Started] = "09:10",
            [IncidentForms.Detected] = null,
        };
        view["state"] = SlackState.For(view, answers);
        view["id"] = "V0123";

        var submitted = JsonDocument.Parse(view.ToJsonString()).RootElement;

        Assert.Equal(Declare.FormId, ViewSubmission.CallbackId(submitted));
        Assert.Equal(
            new Dictionary<string, string>
            {
                [IncidentForms.Title] = "Checkout <is> down & out",
                [IncidentForms.Severity] = "P1",
                [IncidentForms.Kind] = "data-leak",
                [IncidentForms.Services] = "",
                [IncidentForms.Impact] = "EU\ncustomers",
                [IncidentForms.Description] = "",
                [IncidentForms.Private] = "true",
                [IncidentForms.Started] = "09:10",
                [IncidentForms.Detected] = "",
            },
            ViewSubmission.ReadValues(submitted));
    }

    [Fact]
    public void Unticked_checkboxes_unchosen_selects_and_users_read_as_documented()
    {
        var form = new Form("f", "All kinds", "Save",
        [
            new("who", "Who", FormFieldKind.User, true),
            new("pick", "Pick", FormFieldKind.Select, false, [new("a", "A")]),
            new("tick", "Tick", FormFieldKind.Checkbox, false),
        ]);
        var view = BlockKitModals.Render(form);
        view["state"] = SlackState.For(view, new Dictionary<string, string?> { ["who"] = "U42", ["pick"] = null, ["tick"] = null });

        var values = ViewSubmission.ReadValues(JsonDocument.Parse(view.ToJsonString()).RootElement);

        Assert.Equal(new Dictionary<string, string> { ["who"] = "U42", ["pick"] = "", ["tick"] = "false" }, values);
    }

    [Fact]
    public void Radio_buttons_and_date_pickers_are_read_too()
    {
        const string view = """
            {"state":{"values":{
              "r":{"choice":{"type":"radio_buttons","selected_option":{"text":{"type":"plain_text","text":"One"},"value":"1"}}},
              "d":{"day":{"type":"datepicker","selected_date":"2026-03-14"}},
              "n":{"none":{"type":"datepicker","selected_date":null}},
              "x":{"mystery":{"type":"something_new","value":"?"}}
            }}}
            """;

        var values = ViewSubmission.ReadValues(JsonDocument.Parse(view).RootElement);

        Assert.Equal(new Dictionary<string, string> { ["r"] = "1", ["d"] = "2026-03-14", ["n"] = "" }, values);
    }

    [Fact]
    public void The_errors_response_names_each_failing_block()
    {
        var response = ViewSubmission.ErrorsResponse(new Dictionary<string, string> { [IncidentForms.Title] = "A title is required" });

        Assert.Equal("""{"response_action":"errors","errors":{"title":"A title is required"}}""", response.ToJsonString());
    }
}
