namespace ChatOps.Bot.Tests.BadInput;

/// <summary>
/// The person-typed arguments that name nobody: mention, channel and link syntax, markup, invisible and control
/// characters. Role targets are the only person-typed arguments the commands take (commander, ic, comms, scribe);
/// each row is tried as one of them on Slack (<see cref="SlackOddTexts"/>) and on Teams (<see cref="TeamsOddPeopleTests"/>).
/// </summary>
public static class OddPeople
{
    public const string RightToLeftOverride = "\u202E";

    public static IReadOnlyList<OddPerson> All { get; } =
    [
        new("<!channel>", "<!channel>", "<!channel>"),
        new("<!here>", "<!here>", "<!here>"),
        new("<!everyone> with a label", "<!everyone|everyone>", "<!everyone"),
        new("another user's mention with a label", "<@U0OTHER01|x>", "<@U0OTHER01"),
        new("a user mention of someone real", "<@U0BOB00001>", "<@U0BOB00001>"),
        new("a user group mention", "<!subteam^S0123ABCD|@oncall>", "<!subteam"),
        new("a channel link", "<#C0GENERAL1|general>", "<#C0GENERAL1"),
        new("a link with a label", "<https://evil.example/login|bob>", "<https://evil.example"),
        new("a right-to-left override", RightToLeftOverride + "evil", RightToLeftOverride),
        new("a right-to-left isolate and a left-to-right mark", "bo\u2067b\u200E", "\u2067", "\u200E"),
        new("an Arabic letter mark", "bob\u061C", "\u061C"),
        new("a zero-width space", "bo\u200Bb", "\u200B"),
        new("mrkdwn bold", "*bold*", "*bold*"),
        new("mrkdwn code and strike", "`code`~x~", "`code`", "~x~"),
        new("a Teams mention tag", "<at>Bob</at>", "<at>Bob"),
        new("HTML", "<b>bob</b>", "<b>"),
        new("an escape sequence", "bob\u001B[31m", "\u001B"),
        new("entities typed out", "&lt;!channel&gt;", "&lt;!channel&gt;"),
    ];

    /// <summary>The role words a role target can follow, taken in turn so every one is tried.</summary>
    public static readonly string[] Roles = ["comms", "commander", "scribe", "ic"];

    public static TheoryData<string> Names => Corpus.Names(All);

    public static OddPerson Named(string name) => Corpus.Named(All, name);
}
