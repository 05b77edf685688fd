using System.Text.Json.Nodes;
using ChatOps.Core.Messaging;

namespace ChatOps.Bot.Teams.AdaptiveCards;

/// <summary>
/// Renders a neutral <see cref="Card"/> as an Adaptive Card: a bold title, a TextBlock per section, a FactSet, a
/// subtle context line and an ActionSet. Buttons are <c>Action.Execute</c> with the action id as verb (Teams answers
/// with the refreshed card), buttons that open a form are <c>Action.Submit</c> opening a dialog, and buttons that ask
/// for confirmation show a small card with the question and the real button.
/// </summary>
public static class AdaptiveCardRenderer
{
    public static JsonObject Render(Card card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var body = new List<JsonObject>();
        if (!string.IsNullOrWhiteSpace(card.Title)) body.Add(AdaptiveCard.Text(card.Title, heading: true));
        body.AddRange(card.Sections.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => AdaptiveCard.Text(s)));
        var facts = card.Facts.Where(f => !string.IsNullOrWhiteSpace(f.Label) || !string.IsNullOrWhiteSpace(f.Value)).ToList();
        if (facts.Count > 0) body.Add(AdaptiveCard.Facts(facts.Select(f => (f.Label, string.IsNullOrWhiteSpace(f.Value) ? "-" : f.Value))));
        if (!string.IsNullOrWhiteSpace(card.Context)) body.Add(AdaptiveCard.Text(card.Context, subtle: true));
        if (card.Buttons.Count > 0) body.Add(AdaptiveCard.ActionSet(card.Buttons.Select(Button)));
        if (body.Count == 0) body.Add(AdaptiveCard.Text("-"));
        return AdaptiveCard.Card(string.IsNullOrWhiteSpace(card.Title) ? "ChatOps" : card.Title, body);
    }

    /// <summary>A card whose one button opens <paramref name="form"/> as a dialog (Teams cannot open one without a click).</summary>
    public static JsonObject FormOpener(Form form, string text) =>
        AdaptiveCard.Card(form.Title,
        [
            AdaptiveCard.Text(form.Title, heading: true),
            AdaptiveCard.Text(text),
            AdaptiveCard.ActionSet([Submit(form.Title, new ActionData(Form: form.Id, Context: form.Context), opensDialog: true, "positive")]),
        ]);

    public static JsonObject Button(CardButton button)
    {
        var style = Style(button.Style);
        var data = new ActionData(button.ActionId, button.Value);
        if (button.OpensForm) return Submit(button.Label, data, opensDialog: true, style);
        var execute = Execute(button.Label, data, style);
        if (string.IsNullOrWhiteSpace(button.Confirm)) return execute;
        execute["title"] = $"Yes, {button.Label.ToLowerInvariant()}";
        var confirm = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["body"] = new JsonArray(AdaptiveCard.Text(button.Confirm)),
            ["actions"] = new JsonArray(execute),
        };
        var show = new JsonObject { ["type"] = "Action.ShowCard", ["title"] = button.Label, ["card"] = confirm };
        if (style is not null) show["style"] = style;
        return show;
    }

    private static JsonObject Execute(string title, ActionData data, string? style)
    {
        var action = new JsonObject { ["type"] = "Action.Execute", ["title"] = title, ["verb"] = data.Action, ["data"] = data.ToJson() };
        if (style is not null) action["style"] = style;
        return action;
    }

    internal static JsonObject Submit(string title, ActionData data, bool opensDialog, string? style = null)
    {
        var action = new JsonObject { ["type"] = "Action.Submit", ["title"] = title, ["data"] = data.ToJson(opensDialog) };
        if (style is not null) action["style"] = style;
        return action;
    }

    private static string? Style(ButtonStyle style) => style switch
    {
        ButtonStyle.Primary => "positive",
        ButtonStyle.Danger => "destructive",
        _ => null,
    };
}
