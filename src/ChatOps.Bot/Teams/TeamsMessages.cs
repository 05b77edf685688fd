using System.Text;
using System.Text.Json.Nodes;
using ChatOps.Bot.Teams.AdaptiveCards;
using ChatOps.Core.Commands;
using ChatOps.Core.Messaging;

namespace ChatOps.Bot.Teams;

/// <summary>
/// Turns the engine's messages into Bot Framework message activities: the text as Teams HTML (<c>textFormat: xml</c>,
/// user text escaped so nobody can inject markup or a mention), people to mention as <c>&lt;at&gt;Name&lt;/at&gt;</c>
/// with a mention entity each, a card as an Adaptive Card attachment, and the object ids of people the bot knows
/// shown as their names.
/// </summary>
public sealed class TeamsMessages(TeamsPeople people)
{
    /// <summary>Room left for text in a message (Teams refuses messages over about 28 KB).</summary>
    public const int MaxText = 20_000;

    public async Task<JsonObject> RenderAsync(ChatMessage message, CancellationToken ct)
    {
        var lead = new List<string>();
        var entities = new JsonArray();
        foreach (var handle in message.MentionList.Where(m => !string.IsNullOrWhiteSpace(m)))
        {
            if (await people.ResolveAsync(handle, ct) is { } person)
            {
                var at = $"<at>{Escape(person.Name)}</at>";
                lead.Add(at);
                entities.Add(new JsonObject { ["type"] = "mention", ["text"] = at, ["mentioned"] = new JsonObject { ["id"] = person.Id, ["name"] = person.Name } });
            }
            else
            {
                lead.Add(Escape("@" + handle.Trim().TrimStart('@')));
            }
        }
        var text = await people.HumaniseAsync(message.Text, ct);
        var card = message.Card is { } c ? await HumaniseAsync(c, ct) : null;
        var activity = new JsonObject { ["type"] = "message" };
        if (card is null || lead.Count > 0 || (!string.IsNullOrWhiteSpace(text) && text.Trim() != card.Title.Trim()))
        {
            activity["textFormat"] = "xml";
            activity["text"] = string.Join(' ', lead.Append(Escape(Truncate(text))).Where(p => p.Length > 0));
        }
        if (card is not null)
        {
            activity["summary"] = card.Title;
            activity["attachments"] = new JsonArray(AdaptiveCard.Attachment(AdaptiveCardRenderer.Render(card)));
        }
        if (entities.Count > 0) activity["entities"] = entities;
        return activity;
    }

    /// <summary>A card alone, as an Adaptive Card with people's names in place of their ids (a card button's answer).</summary>
    public async Task<JsonObject> RenderCardAsync(Card card, CancellationToken ct) => AdaptiveCardRenderer.Render(await HumaniseAsync(card, ct));

    /// <summary>A reply to the person who acted: the text (marked when it is an error), its card, or a button that opens its form.</summary>
    public async Task<JsonObject> RenderReplyAsync(CommandReply reply, CancellationToken ct)
    {
        var text = reply.IsError ? $"⚠️ {reply.Text}" : reply.Text;
        if (reply.Form is not { } form) return await RenderAsync(new ChatMessage(text, reply.Card), ct);
        return new JsonObject
        {
            ["type"] = "message",
            ["summary"] = form.Title,
            ["attachments"] = new JsonArray(AdaptiveCard.Attachment(AdaptiveCardRenderer.FormOpener(form, text))),
        };
    }

    /// <summary>
    /// A text file as a message (bots cannot attach files to channel posts without SharePoint access): its title, its
    /// name, and its content as preformatted text, shortened to fit a message.
    /// </summary>
    public async Task<JsonObject> RenderFileAsync(FileAttachment file, CancellationToken ct)
    {
        var content = await people.HumaniseAsync(file.Content, ct);
        var shown = content.Length <= MaxText ? content : content[..MaxText] + $"\n… (shortened; the whole file is {file.FileName} on the bot's disk)";
        var body = new StringBuilder()
            .Append("<b>").Append(Escape(file.Title)).Append("</b> (").Append(Escape(file.FileName)).Append(")<br>")
            .Append("<pre>").Append(EscapeMarkup(shown)).Append("</pre>");
        return new JsonObject { ["type"] = "message", ["textFormat"] = "xml", ["text"] = body.ToString() };
    }

    /// <summary>User text made safe for Teams HTML: <c>&amp;</c>, <c>&lt;</c> and <c>&gt;</c> escaped, new lines as breaks.</summary>
    public static string Escape(string text) => EscapeMarkup(text).Replace("\n", "<br>", StringComparison.Ordinal);

    private static string EscapeMarkup(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    private static string Truncate(string text) => text.Length <= MaxText ? text : text[..MaxText] + "…";

    private async Task<Card> HumaniseAsync(Card card, CancellationToken ct)
    {
        var sections = new List<string>();
        foreach (var section in card.Sections) sections.Add(await people.HumaniseAsync(section, ct));
        var facts = new List<Fact>();
        foreach (var fact in card.Facts) facts.Add(fact with { Value = await people.HumaniseAsync(fact.Value, ct) });
        return card with
        {
            Title = await people.HumaniseAsync(card.Title, ct),
            Sections = sections,
            Facts = facts,
            Context = card.Context is null ? null : await people.HumaniseAsync(card.Context, ct),
        };
    }
}
