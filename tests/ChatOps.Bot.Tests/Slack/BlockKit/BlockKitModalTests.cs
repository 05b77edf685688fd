using System.Text.Json;
using System.Text.Json.Nodes;
using ChatOps.Bot.Slack.BlockKit;
using ChatOps.Core.Commands;
using ChatOps.Core.Messaging;

namespace ChatOps.Bot.Tests.Slack.BlockKit;

public class BlockKitModalTests
{
    public static TheoryData<string> FormNames() => [.. BlockKitFixtures.RealForms().Select(f => f.Name)];

    public static TheoryData<string> PublishedModals() =>
        [.. Directory.GetFiles(BlockKitFixtures.SlackReference("block-kit-views"), "view_modal_*.json").Select(Path.GetFileName).OfType<string>().Order()];

    private static JsonObject Declare() => BlockKitModals.Render(IncidentForms.Declare(BlockKitFixtures.Runbook));

    private static JsonObject Block(JsonObject view, string blockId) =>
        view["blocks"]!.AsArray().Single(b => (string?)b!["block_id"] == blockId)!.AsObject();

    [Theory]
    [MemberData(nameof(FormNames))]
    public void Every_real_form_renders_within_slacks_limits_and_types(string name)
    {
        var form = BlockKitFixtures.RealForms().Single(f => f.Name == name).Form;

        var view = BlockKitModals.Render(form);

        BlockKitLint.AssertModal(view);
        Assert.Equal(form.Fields.Select(f => f.Id), view["blocks"]!.AsArray().Select(b => (string)b!["block_id"]!));
        Assert.Equal(form.Fields.Select(f => f.Id), view["blocks"]!.AsArray().Select(b => (string)b!["element"]!["action_id"]!));
    }

    [Theory]
    [MemberData(nameof(PublishedModals))]
    public void The_modal_has_the_shape_of_slacks_published_modals(string file)
    {
        using var sample = BlockKitFixtures.ReadJson("block-kit-views", file);
        var ours = JsonDocument.Parse(Declare().ToJsonString()).RootElement;

        foreach (var key in new[] { "type", "title", "blocks", "submit", "close", "callback_id", "private_metadata" })
        {
            if (!sample.RootElement.TryGetProperty(key, out var theirs)) continue;
            Assert.Equal(theirs.ValueKind, ours.GetProperty(key).ValueKind);
            if (theirs.ValueKind != JsonValueKind.Object) continue;
            Assert.Equal(theirs.GetProperty("type").GetString(), ours.GetProperty(key).GetProperty("type").GetString());
            Assert.Equal(JsonValueKind.String, ours.GetProperty(key).GetProperty("text").ValueKind);
        }
        Assert.Equal(sample.RootElement.GetProperty("type").GetString(), ours.GetProperty("type").GetString());
        foreach (var input in sample.RootElement.GetProperty("blocks").EnumerateArray().Where(b => b.GetProperty("type").GetString() == "input"))
        {
            var theirLabel = input.GetProperty("label");
            var ourLabel = ours.GetProperty("blocks")[0].GetProperty("label");
            Assert.Equal(theirLabel.GetProperty("type").GetString(), ourLabel.GetProperty("type").GetString());
            Assert.True(input.TryGetProperty("element", out _));
        }
    }

    [Fact]
    public void The_declare_modal_maps_each_field_kind_to_its_slack_element()
    {
        var view = Declare();

        Assert.Equal(Core.Commands.Declare.FormId, (string)view["callback_id"]!);
        Assert.Equal("", (string)view["private_metadata"]!);
        Assert.Equal("Declare an incident", (string)view["title"]!["text"]!);
        Assert.Equal("Declare", (string)view["submit"]!["text"]!);
        Assert.Equal("Cancel", (string)view["close"]!["text"]!);

        var title = Block(view, IncidentForms.Title);
        Assert.Equal("plain_text_input", (string)title["element"]!["type"]!);
        Assert.Null(title["optional"]);
        Assert.Equal("Clear, descriptive: what is broken", (string)title["hint"]!["text"]!);

        var severity = Block(view, IncidentForms.Severity)["element"]!;
        Assert.Equal("static_select", (string)severity["type"]!);
        Assert.Equal(BlockKitFixtures.Runbook.Severities.Select(s => s.Key), severity["options"]!.AsArray().Select(o => (string)o!["value"]!));
        Assert.Null(severity["initial_option"]);

        var impact = Block(view, IncidentForms.Impact);
        Assert.True((bool)impact["optional"]!);
        Assert.True((bool)impact["element"]!["multiline"]!);

        var isPrivate = Block(view, IncidentForms.Private);
        Assert.Equal("checkboxes", (string)isPrivate["element"]!["type"]!);
        var option = isPrivate["element"]!["options"]!.AsArray().Single()!;
        Assert.Equal("true", (string)option["value"]!);
        Assert.Equal((string)isPrivate["label"]!["text"]!, (string)option["text"]!["text"]!);
    }

    [Fact]
    public void The_update_modal_preselects_the_status_carries_the_incident_and_its_title_fits_in_24()
    {
        var incident = BlockKitFixtures.Incident();

        var view = BlockKitModals.Render(IncidentForms.Update(incident));

        Assert.Equal(incident.Number, (string)view["private_metadata"]!);
        var title = (string)view["title"]!["text"]!;
        Assert.Equal($"Update {incident.Number}", title);
        Assert.True(title.Length <= 24);
        var status = Block(view, IncidentForms.Status)["element"]!;
        Assert.Equal("investigating", (string)status["initial_option"]!["value"]!);
        Assert.Equal(status["options"]![0]!.ToJsonString(), status["initial_option"]!.ToJsonString());
    }

    [Fact]
    public void User_fields_become_users_select_and_initial_text_is_filled_in()
    {
        var form = new Form("f", "Roles", "Save",
        [
            new("commander", "Commander", FormFieldKind.User, true, Initial: "U123"),
            new("note", "Note", FormFieldKind.Text, false, Initial: "hello"),
            new("pick", "Pick", FormFieldKind.Select, false, [new("a", "A")], Initial: "missing"),
        ]);

        var view = BlockKitModals.Render(form);

        BlockKitLint.AssertModal(view);
        Assert.Equal("users_select", (string)Block(view, "commander")["element"]!["type"]!);
        Assert.Equal("U123", (string)Block(view, "commander")["element"]!["initial_user"]!);
        Assert.Equal("hello", (string)Block(view, "note")["element"]!["initial_value"]!);
        Assert.Null(Block(view, "pick")["element"]!["initial_option"]);
    }
}
