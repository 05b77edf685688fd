namespace ChatOps.Bot.Tests.Slack.Fakes;

/// <summary>One request the fake Slack received: the Web API method, its arguments (query and body merged) and the raw body.</summary>
public sealed record SlackCall(string Method, IReadOnlyDictionary<string, string> Args, string Body)
{
    public string? Arg(string name) => Args.TryGetValue(name, out var value) ? value : null;
}
