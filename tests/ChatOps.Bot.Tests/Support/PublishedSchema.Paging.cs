using System.Text.Json.Nodes;
using ChatOps.Tests.Shared;
using Json.Schema;

namespace ChatOps.Bot.Tests.Support;

/// <summary>The paging services' published request schemas (shared/reference/paging).</summary>
public sealed partial class PublishedSchema
{
    /// <summary>
    /// PagerDuty's Events API v2 request body: <c>paths./enqueue.post.requestBody</c> of PagerDuty/api-schema's
    /// OpenAPI 3.0 document, evaluated as draft-07 with its <c>components.schemas</c> as <c>definitions</c> (the
    /// references rewritten to match) and OpenAPI's non-standard <c>format: url</c> read as <c>uri</c>.
    /// </summary>
    public static PublishedSchema PagerDutyEvent()
    {
        var openapi = JsonNode.Parse(Read("paging", "pagerduty-events-v2", "events-v2.openapiv3.json"))!;
        var request = openapi["paths"]!["/enqueue"]!["post"]!["requestBody"]!["content"]!["application/json"]!["schema"]!.DeepClone().AsObject();
        request.Remove("examples");
        request["$schema"] = "http://json-schema.org/draft-07/schema#";
        request["definitions"] = openapi["components"]!["schemas"]!.DeepClone();
        Rewrite(request, "#/components/schemas/", "#/definitions/");
        return new(JsonSchema.FromText(request.ToJsonString()), SpecVersion.Draft7);
    }

    /// <summary>
    /// One definition (CreateAlertPayload, AcknowledgeAlertPayload, CloseAlertPayload) of Opsgenie's Swagger 2.0 OAS,
    /// whose definitions files the bundler merges into one <c>#/definitions</c>: alert.yaml and common.yaml are merged
    /// here the same way, then evaluated as draft-06 after the draft-04 check <see cref="TeamsManifest"/> makes.
    /// </summary>
    public static PublishedSchema Opsgenie(string definition)
    {
        var definitions = new JsonObject();
        foreach (var file in new[] { "alert.yaml", "common.yaml" })
        {
            foreach (var (name, value) in YamlAsJson.Read(RepoFiles.Reference("paging", "opsgenie", "oas", "definitions", file))!.AsObject().ToList())
            {
                definitions[name] = value?.DeepClone();
            }
        }

        var id = new Uri("https://chatops.invalid/reference/paging/opsgenie/oas/definitions.json");
        var document = AsDraft6(new JsonObject { ["$schema"] = Draft6, ["definitions"] = definitions });
        var root = JsonSchema.FromText(new JsonObject { ["$schema"] = Draft6, ["$ref"] = $"{id}#/definitions/{definition}" }.ToJsonString());
        return new(root, SpecVersion.Draft6, (id, document));
    }

    private static void Rewrite(JsonNode? node, string from, string to)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (name, value) in o.ToList())
                {
                    if (name == "$ref" && value is JsonValue v && v.TryGetValue<string>(out var target) && target.StartsWith(from, StringComparison.Ordinal))
                    {
                        o["$ref"] = to + target[from.Length..];
                    }
                    else if (name == "format" && value is JsonValue f && f.TryGetValue<string>(out var format) && format == "url")
                    {
                        o["format"] = "uri";
                    }
                    else
                    {
                        Rewrite(value, from, to);
                    }
                }

                break;
            case JsonArray a:
                foreach (var item in a) Rewrite(item, from, to);
                break;
        }
    }
}
