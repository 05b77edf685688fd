using ChatOps.Bot.Tests.Slack.Host;

namespace ChatOps.Bot.Tests.BadInput;

/// <summary>
/// Titles, notes, updates, reasons and role targets with mention syntax, markup, invisible characters and unusual
/// unicode.
/// </summary>
public static class SlackOddTexts
{
    public static IReadOnlyList<OddText> All { get; } =
    [
        new("<!channel> in a title", "declare P3 <!channel> checkout is down", "<!channel> checkout is down"),
        new("<!here> and <!everyone> with labels in a title", "declare P3 <!here|here> and <!everyone|everyone> paged", "<!here|here> and <!everyone|everyone> paged"),
        new("a user mention in a title", "declare P3 <@U0BOB00001> broke the build", "<@U0BOB00001> broke the build"),
        new("a user group mention in a title", "declare P3 <!subteam^S0123ABCD|@oncall> wake up", "<!subteam^S0123ABCD|@oncall> wake up"),
        new("@here typed as plain text", "declare P3 @here @channel payments down", "@here @channel payments down"),
        new("a link in a title", "declare P3 <https://evil.example/login|Click to fix> now", "<https://evil.example/login|Click to fix> now"),
        new("entities typed out in a title", "declare P3 &lt;!channel&gt; &amp; more", "&lt;!channel&gt; &amp; more"),
        new("mrkdwn markup in a title", "declare P3 *bold* _it_ ~strike~ `code` > quote", "*bold* _it_ ~strike~ `code` > quote"),
        new("a right-to-left override in a title", "declare P3 Checkout \u202Eevil\u202C down", "Checkout evil down"),
        new("zero-width characters in a title", "declare P3 zero\u200Bwidth\u200Djoiner\uFEFFbom", "zero width joiner bom"),
        new("control characters in a title", "declare P3 bell\u0007 nul\0 escape\u001B[31m red", "bell nul escape [31m red"),
        new("an emoji-only title", "declare P3 🔥🚨🔥", "🔥🚨🔥"),
        new("a title of 75 emoji, the limit in UTF-16 units", "declare P3 " + string.Concat(Enumerable.Repeat("🔥", 75)), string.Concat(Enumerable.Repeat("🔥", 75))),
        new("a title in several scripts", "declare P3 Ünïcödé façade — 東京 مرحبا outage", "Ünïcödé façade — 東京 مرحبا outage"),
        new("<!channel> in a note", "note <!channel> please look at the graphs", InIncident: true),
        new("mentions in a status update", "update identified <@U0BOB00001> <!here> found the bad deploy", InIncident: true),
        new("<!everyone> in an escalation reason", "escalate <!everyone> we need help", InIncident: true),

        // Role targets are the commands' only person-typed arguments: one that names nobody is refused, and nothing of it is shown.
        .. OddPeople.All.Select((person, i) => new OddText($"{person.Name} as a role target", $"role {OddPeople.Roles[i % OddPeople.Roles.Length]} {person.Typed}", InIncident: true)
        {
            Refusal = "That is not a person",
            NeverShown = person.Shows,
        }),
        new("a role target in another script", "role scribe @josé-ñúñez", InIncident: true),
        new("a role target with underscores and an apostrophe", "role scribe @night_owl_o'brien", InIncident: true),
        new("a role target that is a user id", $"role comms {SlackIncidentTest.Bob}", InIncident: true) { Mentions = [$"<@{SlackIncidentTest.Bob}>"] },
        new("a role target that is an email Slack knows", "role scribe cto@example.com", InIncident: true) { Mentions = [$"<@{SlackIncidentTest.Cto}>"] },
    ];

    public static TheoryData<string> Names => Corpus.Names(All);

    public static OddText Named(string name) => Corpus.Named(All, name);
}
