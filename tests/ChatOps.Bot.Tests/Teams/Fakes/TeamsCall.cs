using System.Text.Json.Nodes;

namespace ChatOps.Bot.Tests.Teams.Fakes;

/// <summary>One request the fake Teams services received: HTTP method, path (decoded), body and its JSON when it had one.</summary>
public sealed record TeamsCall(string Method, string Path, string Body, string Authorization)
{
    public JsonNode? Json { get; } = Parse(Body);

    public bool Is(string method, string pathPrefix) =>
        Method == method && Path.StartsWith(pathPrefix, StringComparison.Ordinal);

    private static JsonNode? Parse(string body)
    {
        try
        {
            return body.Length > 0 ? JsonNode.Parse(body) : null;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }
}
