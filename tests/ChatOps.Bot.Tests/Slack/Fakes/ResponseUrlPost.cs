namespace ChatOps.Bot.Tests.Slack.Fakes;

/// <summary>A message POSTed to a fake response_url, with whether it carried an Authorization header (it should not).</summary>
public sealed record ResponseUrlPost(string Id, string ContentType, string Body, bool HadAuthorization);
