using System.Text.Json.Nodes;
using ChatOps.Tests.Shared;
using Json.Schema;

namespace ChatOps.Bot.Tests.Support;

/// <summary>Atlassian Statuspage's API (shared/reference/statuspage/statuspage-openapi.2020-12.yaml).</summary>
public sealed partial class PublishedSchema
{
    /// <summary>
    /// The summary's shape, built from the OpenAPI document's Page, Component, Incident and IncidentUpdate schemas
    /// (<c>components.schemas</c> as draft-07 <c>definitions</c>): <c>page</c>, <c>components</c>, <c>incidents</c> and
    /// <c>scheduled_maintenances</c>, plus the summary's <c>status</c> indicator. Those four objects are closed
    /// (<c>additionalProperties: false</c>) so a field the API does not have fails. The file's <c>type: Object</c>
    /// (Incident.metadata) is not a JSON Schema type and is read as <c>object</c>.
    /// </summary>
    public static PublishedSchema StatuspageSummary()
    {
        var openapi = YamlAsJson.Read(RepoFiles.Reference("statuspage", "statuspage-openapi.2020-12.yaml"))!;
        var definitions = openapi["components"]!["schemas"]!.DeepClone().AsObject();
        Rewrite(definitions, "#/components/schemas/", "#/definitions/");
        foreach (var name in new[] { "Page", "Component", "Incident", "IncidentUpdate" }) definitions[name]!["additionalProperties"] = false;
        definitions["Incident"]!["properties"]!["metadata"]!["type"] = "object";
        JsonNode List(string definition) => new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["$ref"] = $"#/definitions/{definition}" } };
        var summary = new JsonObject
        {
            ["$schema"] = "http://json-schema.org/draft-07/schema#",
            ["type"] = "object",
            ["required"] = new JsonArray("page", "status", "components", "incidents", "scheduled_maintenances"),
            ["properties"] = new JsonObject
            {
                ["page"] = new JsonObject { ["$ref"] = "#/definitions/Page" },
                ["status"] = new JsonObject
                {
                    ["type"] = "object",
                    ["required"] = new JsonArray("indicator", "description"),
                    ["properties"] = new JsonObject
                    {
                        ["indicator"] = new JsonObject { ["enum"] = new JsonArray("none", "minor", "major", "critical") },
                        ["description"] = new JsonObject { ["type"] = "string" },
                    },
                },
                ["components"] = List("Component"),
                ["incidents"] = List("Incident"),
                ["scheduled_maintenances"] = List("Incident"),
            },
            ["definitions"] = definitions,
        };
        return new(JsonSchema.FromText(summary.ToJsonString()), SpecVersion.Draft7);
    }

    /// <summary>The request body schema of one operation (<c>post</c> or <c>patch</c> of a path), as draft-07.</summary>
    public static PublishedSchema StatuspageRequest(string path, string method)
    {
        var openapi = YamlAsJson.Read(RepoFiles.Reference("statuspage", "statuspage-openapi.2020-12.yaml"))!;
        var body = openapi["paths"]![path]![method]!["requestBody"]!;
        var schema = body["$ref"] is { } reference
            ? openapi["components"]!["requestBodies"]![((string)reference!).Split('/')[^1]]!["content"]!["application/json"]!["schema"]!
            : body["content"]!["application/json"]!["schema"]!;
        var root = schema.DeepClone().AsObject();
        root["$schema"] = "http://json-schema.org/draft-07/schema#";
        root["definitions"] = openapi["components"]!["schemas"]!.DeepClone();
        root["definitions"]!["Incident"]!["properties"]!["metadata"]!["type"] = "object";
        Rewrite(root, "#/components/schemas/", "#/definitions/");
        return new(JsonSchema.FromText(root.ToJsonString()), SpecVersion.Draft7);
    }
}
