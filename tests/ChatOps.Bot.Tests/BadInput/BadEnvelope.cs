using ChatOps.Bot.Tests.Slack.Host;

namespace ChatOps.Bot.Tests.BadInput;

/// <summary>
/// One bad Socket Mode frame: its text (built against the running test, for response URLs and published payloads),
/// and the answer owed. Over the socket a refusal is a bare acknowledgement (there is no status code to send) and a
/// clear message travels in the acknowledgement's payload or by response_url.
/// </summary>
public sealed record BadEnvelope(string Name, Func<SlackIncidentTest, string> Frame, Outcome Expected) : ICorpusRow
{
    public const string EnvelopeId = "bad-envelope";

    public override string ToString() => Name;
}
