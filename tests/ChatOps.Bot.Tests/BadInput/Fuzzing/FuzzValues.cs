namespace ChatOps.Bot.Tests.BadInput.Fuzzing;

/// <summary>
/// What the fuzzer puts where a payload had something else. No value here can complete a state-changing intent while no
/// incident exists: no declaration that could succeed (whatever is inserted into it or cut from its end), no incident
/// that exists, no URL off this machine (the oracle is in <see cref="SlackFuzzTests"/>).
/// </summary>
public static class FuzzValues
{
    public static readonly string[] Strings =
    [
        "", " ", "\t\r\n", "null", "true", "0", "-1", "1e309", "NaN", "undefined", "[object Object]",
        "<!channel>", "<!here|here>", "<@U0ALICE001>", "<#C0GENERAL1|general>", "<https://evil.example|x>", "*bold* _it_ ~s~ `c`",
        "&lt;&amp;&gt;", "%00%zz", "\\", "\"", "'; DROP TABLE \"Incidents\"; --", "{{DATE(2020-01-01T00:00:00Z)}}", "<at>Bob</at>", "<script>x</script>",
        "\u202Eevil\u202C", "\u2066isolate\u2069", "zero\u200Bwidth\uFEFF", "e" + new string('\u0301', 300), "👩‍👩‍👧‍👦🏳️‍🌈", "𝕏𝕐ℤ",
        "\u0000", "nul\u0000byte", "\u0007\u001B[31m", "\uFFFF\uFFFE", "مرحبا بالعالم", "東京", "\u2028line\u2029",
    ];

    /// <summary>Ids that name nobody and nothing here, or the wrong kind of thing (a channel where a user belongs).</summary>
    public static readonly string[] Ids =
    [
        "U0FOREIGN1", "W0FOREIGN1", "C0FOREIGN1", "G0FOREIGN1", "D0FOREIGN1", "T0FOREIGN1", "E0FOREIGN1", "B0FOREIGN1", "U", "C",
        "U0ALICE001", "C0GENERAL1", "CANNOUNCE1", "U0BOT0001", "INC-2099-999", "INC-2026-001", "INC-", "inc-2026-001", "INC-2026-0000000001",
        "29:1foreign", "28:foreign", "19:foreign@thread.tacv2", "19:general0000000000000000000000000@thread.tacv2", "a:1foreign",
        "00000000-0000-0000-0000-000000000000", "ffffffff-ffff-4fff-8fff-ffffffffffff", "a11ce000-0000-4000-8000-000000000001",
        "../../etc/passwd", "C0GENERAL1;messageid=1", "19:x@thread.tacv2;messageid=../../v3", "%2F..%2F", "id with spaces",
    ];

    /// <summary>Commands a person could type that change nothing while no incident exists (and none is a declaration that could succeed).</summary>
    public static readonly string[] Commands =
    [
        "ack", "incident ack", "/incident resolve Fixed it", "status", "status INC-2099-999", "list --all", "list --mine", "help", "sev P9",
        "sev P1", "role comms bob", "role comms <!channel>", "note <!here> look", "escalate now", "triage", "close", "update investigating Looking",
        "declare", "declare P9 No such severity", "declare --kind nope", "notified Emailed everyone", "checklist", "impact Customers",
        "services api", "started 10m ago", "detected 14:32", "audit", "frobnicate", "incident", "", "   ",
    ];

    public static readonly object[] Numbers = [0, -1, 1.5, 1e308, 9007199254740993m, -0.0, int.MaxValue, long.MinValue];
}
