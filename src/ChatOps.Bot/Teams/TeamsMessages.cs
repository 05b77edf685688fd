using System.Text;
using System.Text.RegularExpressions;
using System.Text.Json.Nodes;
using ChatOps.Bot.Teams.AdaptiveCards;
using ChatOps.Core.Commands;
using ChatOps.Core.Messaging;
using ChatOps.Core.Access;

namespace ChatOps.Bot.Teams;

/// <summary>
/// Turns the engine's messages into Bot Framework message activities: the text as Teams HTML (<c>textFormat: xml</c>,
/// user text escaped so nobody can inject markup or a mention), people to mention as <c>&lt;at&gt;Name&lt;/at&gt;</c>
/// with a mention entity each (those the message names and the people the bot knows whose ids the text carries), a card
/// as an Adaptive Card attachment with people's names in place of their ids, and every command hint in Teams' grammar
/// (<c>@ChatOps incident status</c> where the engine wrote <c>/incident status</c>).
/// </summary>
public sealed partial class TeamsMessages(TeamsPeople people, TeamsDirectory directory)
{
    /// <summary>Room left for text in a message (Teams refuses messages over about 28 KB).</summary>
    public const int MaxText = 20_000;

    /// <summary>How a person starts a command in Teams: mention the bot, then the command.</summary>
    public const string Command = "@ChatOps incident";

    [GeneratedRegex(@"(?<![\w/@-])/incident\b")]
    private static partial Regex EngineGrammar();

    /// <summary>An Entra object id in the engine's text, with the <c>@</c> the engine may write before it.</summary>
    [GeneratedRegex(@"@?\b(?<id>[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12})\b")]
    private static partial Regex PersonInText();

    /// <summary>The engine's <c>/incident ...</c> hints in Teams' grammar.</summary>
    public static string InTeamsGrammar(string text) => EngineGrammar().Replace(text, Command);

    public async Task<JsonObject> RenderAsync(ChatMessage message, CancellationToken ct)
    {
        var lead = new List<string>();
        var entities = new JsonArray();
        foreach (var handle in message.MentionList.Where(m => !string.IsNullOrWhiteSpace(m)))
        {
            if (await people.ResolveAsync(handle, ct) is { } person) lead.Add(Mention(person.Id, person.Name, entities));
            else lead.Add(Escape(People.Mention(handle)));
        }
        var card = message.Card is { } given ? await PrepareAsync(given, ct) : null;
        var activity = new JsonObject { ["type"] = "message" };
        if (card is null || lead.Count > 0 || (!string.IsNullOrWhiteSpace(message.Text) && message.Text.Trim() != message.Card!.Title.Trim()))
        {
            activity["textFormat"] = "xml";
            var text = await MarkupAsync(InTeamsGrammar(Truncate(message.Text)), entities, ct);
            activity["text"] = string.Join(' ', lead.Append(text).Where(p => p.Length > 0));
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
    public async Task<JsonObject> RenderCardAsync(Card card, CancellationToken ct) => AdaptiveCardRenderer.Render(await PrepareAsync(card, ct));

    /// <summary>A reply to the person who acted: the text (marked when it is an error), its card, or a button that opens its form.</summary>
    public async Task<JsonObject> RenderReplyAsync(CommandReply reply, CancellationToken ct)
    {
        var text = reply.IsError ? $"⚠️ {reply.Text}" : reply.Text;
        if (reply.Form is not { } form) return await RenderAsync(new ChatMessage(text, reply.Card), ct);
        return new JsonObject
        {
            ["type"] = "message",
            ["summary"] = form.Title,
            ["attachments"] = new JsonArray(AdaptiveCard.Attachment(AdaptiveCardRenderer.FormOpener(form, await PlainAsync(text, ct)))),
        };
    }

    /// <summary>
    /// Text Teams shows as it is, with no markup and no mentions (the message answering a card button, a dialog's
    /// closing message): people by name and commands in Teams' grammar.
    /// </summary>
    public async Task<string> PlainAsync(string text, CancellationToken ct)
    {
        var plain = new StringBuilder();
        var last = 0;
        text = InTeamsGrammar(text);
        foreach (Match match in PersonInText().Matches(text))
        {
            plain.Append(text, last, match.Index - last);
            var name = await directory.NameAsync(match.Groups["id"].Value, ct);
            plain.Append(name is null ? match.Value : match.Value.StartsWith('@') ? "@" + name : name);
            last = match.Index + match.Length;
        }
        return plain.Append(text, last, text.Length - last).ToString();
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

    /// <summary>Teams HTML of the engine's text: escaped, with each person the bot knows by id mentioned (their entity added).</summary>
    private async Task<string> MarkupAsync(string text, JsonArray entities, CancellationToken ct)
    {
        var html = new StringBuilder();
        var last = 0;
        foreach (Match match in PersonInText().Matches(text))
        {
            html.Append(Escape(text[last..match.Index]));
            var id = match.Groups["id"].Value;
            html.Append(await directory.NameAsync(id, ct) is { } name ? Mention(id, name, entities) : Escape(match.Value));
            last = match.Index + match.Length;
        }
        return html.Append(Escape(text[last..])).ToString();
    }

    /// <summary>
    /// A person Teams can mention: <c>&lt;at&gt;</c> their name (<see cref="People.Plain"/>, HTML-escaped) with its entity.
    /// Every person the bot prints in a Teams message goes through here or, when Teams has no id for them, as
    /// <see cref="People.Mention"/> text escaped.
    /// </summary>
    private static string Mention(string id, string name, JsonArray entities)
    {
        name = People.Plain(name);
        var at = $"<at>{Escape(name)}</at>";
        entities.Add(new JsonObject { ["type"] = "mention", ["text"] = at, ["mentioned"] = new JsonObject { ["id"] = id, ["name"] = name } });
        return at;
    }

    /// <summary>The card with people's names in place of their ids, and its command hints in Teams' grammar.</summary>
    private async Task<Card> PrepareAsync(Card card, CancellationToken ct)
    {
        async Task<string> Shown(string text) => InTeamsGrammar(await people.HumaniseAsync(text, ct));
        var sections = new List<string>();
        foreach (var section in card.Sections) sections.Add(await Shown(section));
        var facts = new List<Fact>();
        foreach (var fact in card.Facts) facts.Add(fact with { Value = await Shown(fact.Value) });
        return card with
        {
            Title = await people.HumaniseAsync(card.Title, ct),
            Sections = sections,
            Facts = facts,
            Context = card.Context is null ? null : await Shown(card.Context),
            Buttons = [.. card.Buttons.Select(b => b.Confirm is null ? b : b with { Confirm = InTeamsGrammar(b.Confirm) })],
        };
    }
}
