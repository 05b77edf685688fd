using System.Text.Json.Nodes;
using ChatOps.Tests.Shared;
using Json.Schema;

namespace ChatOps.Bot.Tests.Support;

/// <summary>
/// A JSON Schema that Slack or Microsoft publishes (a copy is in shared/reference), evaluated by JsonSchema.Net as the
/// draft it was written for. Documents it refers to are registered from shared/reference, so nothing is fetched.
/// Formats the library knows (uri, date-time, ...) are checked too.
/// </summary>
public sealed partial class PublishedSchema
{
    private const string Draft6 = "http://json-schema.org/draft-06/schema#";
    private const string Draft4 = "http://json-schema.org/draft-04/schema#";

    private readonly JsonSchema _schema;
    private readonly EvaluationOptions _options;

    // JsonSchema.Net 7 keeps evaluation state in the schema: one evaluation at a time (json-everything#929).
    private readonly Lock _gate = new();

    private PublishedSchema(JsonSchema schema, SpecVersion draft, params (Uri Id, JsonSchema Document)[] referenced)
    {
        _schema = schema;
        _options = new EvaluationOptions { EvaluateAs = draft, OutputFormat = OutputFormat.Hierarchical, RequireFormatValidation = true };
        foreach (var (id, document) in referenced) _options.SchemaRegistry.Register(id, document);
    }

    /// <summary>Adaptive Card 1.5 (draft-06).</summary>
    public static PublishedSchema AdaptiveCard() => new(JsonSchema.FromText(Read("teams", "adaptive-card-schema.json")), SpecVersion.Draft6);

    /// <summary>
    /// The Teams app manifest 1.30 schema. It is written for draft-04, which JsonSchema.Net does not implement; it uses
    /// none of the keywords whose meaning draft-06 changed (that is checked), so it is evaluated as draft-06.
    /// </summary>
    public static PublishedSchema TeamsManifest()
    {
        var document = JsonNode.Parse(Read("teams", "teams-manifest-schema.json"))!.AsObject();
        if ((string?)document["$schema"] != Draft4) throw new InvalidOperationException($"The Teams manifest schema is no longer draft-04 but {document["$schema"]}: evaluate it as what it says.");
        document["$schema"] = Draft6;
        return new(AsDraft6(document), SpecVersion.Draft6);
    }

    /// <summary>The Slack app manifest schema (draft-07), which refers to its two versions by their GitHub URLs.</summary>
    public static PublishedSchema SlackManifest()
    {
        const string Published = "https://raw.githubusercontent.com/slackapi/manifest-schema/v0.5.0/schemas/";
        var versions = new[] { "manifest.schema.1.0.0.json", "manifest.schema.2.0.0.json" }
            .Select(file => (new Uri(Published + file), JsonSchema.FromText(Read("slack", "app-manifest", file))))
            .ToArray();
        return new(JsonSchema.FromText(Read("slack", "app-manifest", "manifest.schema.json")), SpecVersion.Draft7, versions);
    }

    /// <summary>
    /// One definition (Activity, ConversationParameters, ...) of the Bot Connector OpenAPI 2.0 document, whose
    /// schemas are a draft-04 subset: evaluated as draft-06 after the same check as <see cref="TeamsManifest"/>.
    /// </summary>
    public static PublishedSchema BotConnector(string definition)
    {
        var id = new Uri("https://chatops.invalid/reference/teams/spec/botframework-channel.json");
        var document = AsDraft6(JsonNode.Parse(Read("teams", "spec", "botframework-channel.json"))!.AsObject());
        var root = JsonSchema.FromText(new JsonObject { ["$schema"] = Draft6, ["$ref"] = $"{id}#/definitions/{definition}" }.ToJsonString());
        return new(root, SpecVersion.Draft6, (id, document));
    }

    /// <summary>What the schema refuses in <paramref name="instance"/>, one line per failed keyword; empty when valid.</summary>
    public IReadOnlyList<string> Validate(JsonNode? instance)
    {
        EvaluationResults results;
        lock (_gate) results = _schema.Evaluate(instance, _options);
        if (results.IsValid) return [];
        var failures = Failures(results).ToList();
        return failures.Count > 0 ? failures : ["invalid (no detail)"];
    }

    /// <summary>Errors of failing nodes only: a branch of an anyOf that another branch satisfied is no failure.</summary>
    private static IEnumerable<string> Failures(EvaluationResults node) =>
        (node.Errors ?? new Dictionary<string, string>())
            .Select(e => $"{(node.InstanceLocation.ToString() is { Length: > 0 } at ? at : "/")}: {e.Value} ({node.EvaluationPath}/{e.Key})")
            .Concat(node.Details.Where(d => !d.IsValid).SelectMany(Failures));

    /// <summary>A draft-04 document read as draft-06, refused if it uses a keyword whose meaning changed between them.</summary>
    private static JsonSchema AsDraft6(JsonObject document)
    {
        var changed = Keywords(document).Where(k =>
            (k.Name is "exclusiveMinimum" or "exclusiveMaximum" && k.Value is JsonValue v && v.TryGetValue<bool>(out _))
            || (k.Name == "id" && k.Value is JsonValue id && id.TryGetValue<string>(out _))).ToList();
        if (changed.Count > 0) throw new InvalidOperationException($"Uses draft-04 keywords that draft-06 reads differently: {string.Join(", ", changed.Select(k => k.Name))}.");
        return JsonSchema.FromText(document.ToJsonString());
    }

    private static IEnumerable<(string Name, JsonNode? Value)> Keywords(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => Keywords(p.Value).Prepend((p.Key, p.Value))),
        JsonArray a => a.SelectMany(Keywords),
        _ => [],
    };

    private static string Read(params string[] parts) => File.ReadAllText(RepoFiles.Reference(parts));
}
