using System.Text.Json.Nodes;

namespace ChatOps.Bot.Tests.Paging.Fakes;

/// <summary>A request a fake paging service received, with what the published schema and documented limits found wrong in it.</summary>
public sealed record PagingRequest(
    string Path,
    string? Identifier,
    string? IdentifierType,
    string? Authorization,
    string ContentType,
    string Body,
    JsonNode? Json,
    IReadOnlyList<string> Violations);
