using ChatOps.Bot.Slack.Inbound;

namespace ChatOps.Bot.Tests.BadInput;

public static partial class SlackBadRequests
{
    /// <summary>Correctly signed slash commands that cannot be carried out.</summary>
    private static IEnumerable<BadRequest> CommandRows() =>
    [
        Slash("an unknown command", "frobnicate", Outcome.Told("Unknown command 'frobnicate'")),
        Slash("an unknown severity", "declare P9 Checkout is down", Outcome.Told("Unknown severity 'P9'")),
        Slash("a declaration without a title", "declare P1", Outcome.Told("A declaration needs a title")),
        Slash("a title of only white space", "declare P1 \t \u00A0 \u3000 ", Outcome.Told("A declaration needs a title")),
        Slash("a title of only invisible characters", "declare P1 \u200B\u200D\u2060\uFEFF\u202E", Outcome.Told("A declaration needs a title")),
        Slash("a title of only control characters", "declare P1 \u0001\u0007\u001B\u007F", Outcome.Told("A declaration needs a title")),
        Slash("a title of 10,000 CJK characters", "declare P1 " + new string('火', 10_000), Outcome.Told("keep it to 150")),
        Slash("a title of 10,000 emoji", "declare P1 " + string.Concat(Enumerable.Repeat("🔥", 10_000)), Outcome.Told("keep it to 150")),
        Slash("an acknowledgement outside any incident channel", "ack", Outcome.Told("This is not an incident channel")),
        Slash("a note outside any incident channel", "note Where does this go", Outcome.Told("This is not an incident channel")),
        Slash("an unknown severity for the incident", "sev P9", Outcome.Told("Unknown severity 'P9'"), inIncident: true),
        Slash("an unknown status", "update sideways Still broken", Outcome.Told("Unknown status 'sideways'"), inIncident: true),
        Slash("an unknown role", "role boss U0BOB00001", Outcome.Told("Unknown role 'boss'"), inIncident: true),
        Slash("a note without text", "note", Outcome.Told("A note needs text"), inIncident: true),
        Slash("closing an incident that is not resolved", "close", Outcome.ToldLater("resolve it first"), inIncident: true),
        Slash("the severity it already has", "sev P3", Outcome.ToldLater("already P3"), inIncident: true),
        Slash("the declare form when Slack refuses the trigger", "declare", Outcome.Told("could not be opened")) with
        {
            Arrange = (s, _) =>
            {
                s.Slack.FailNextWithError("views.open", "expired_trigger_id");
                return Task.CompletedTask;
            },
        },
        Raw("a slash command without user_id", SlackEndpoints.Commands, Form, "channel_id=C0GENERAL1&text=declare+P1+Nobody", Outcome.Refused(400, "user_id")),
        Raw("a slash command without channel_id", SlackEndpoints.Commands, Form, "user_id=U0ALICE001&text=declare+P1+Nowhere", Outcome.Refused(400, "channel_id")),
        Raw("a slash command whose response_url is not a URL", SlackEndpoints.Commands, Form,
            "user_id=U0ALICE001&channel_id=C0GENERAL1&text=declare+P1+Bad+URL&trigger_id=t.1&response_url=not%20a%20url", Outcome.Refused(400, "response_url")),
    ];
}
