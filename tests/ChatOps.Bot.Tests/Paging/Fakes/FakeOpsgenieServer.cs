using System.Text;
using System.Text.Json.Nodes;
using ChatOps.Bot.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ChatOps.Bot.Tests.Paging.Fakes;

/// <summary>
/// Opsgenie's Alert API on loopback: create, acknowledge and close. It requires <c>Authorization: GenieKey &lt;key&gt;</c>,
/// checks bodies against the published OAS definitions and the documented field limits (answering 422 when they
/// fail), answers 202 with the docs' sample body, and plays scripted answers.
/// </summary>
public sealed class FakeOpsgenieServer : IAsyncDisposable
{
    public const string ApiKey = "test-genie-key";

    /// <summary>The requestId of the docs' sample 202 body.</summary>
    public const string SampleRequestId = "43a29c5c-3dbf-4fa4-9c26-f4f71023e120";

    private static readonly PublishedSchema Create = PublishedSchema.Opsgenie("CreateAlertPayload");
    private static readonly PublishedSchema Acknowledge = PublishedSchema.Opsgenie("AcknowledgeAlertPayload");
    private static readonly PublishedSchema Close = PublishedSchema.Opsgenie("CloseAlertPayload");
    private readonly Lock _gate = new();
    private readonly List<PagingRequest> _requests = [];
    private readonly Queue<ScriptedAnswer> _script = new();
    private LoopbackHttpServer _server = null!;

    /// <summary>The client's ApiUrl.</summary>
    public Uri ApiUrl => _server.Root;

    public IReadOnlyList<PagingRequest> Requests
    {
        get { lock (_gate) return _requests.ToList(); }
    }

    public static async Task<FakeOpsgenieServer> StartAsync()
    {
        var fake = new FakeOpsgenieServer();
        fake._server = await LoopbackHttpServer.StartAsync(app =>
        {
            app.MapPost("/v2/alerts", context => fake.HandleAsync(context, Create));
            app.MapPost("/v2/alerts/{identifier}/acknowledge", context => fake.HandleAsync(context, Acknowledge));
            app.MapPost("/v2/alerts/{identifier}/close", context => fake.HandleAsync(context, Close));
        });
        return fake;
    }

    public void AnswerNext(ScriptedAnswer answer)
    {
        lock (_gate) _script.Enqueue(answer);
    }

    /// <summary>Opsgenie's ErrorResponse shape (opsgenie-oas definitions/common.yaml).</summary>
    public static ScriptedAnswer Error(int status, string message, params (string, string)[] headers) =>
        new(status, new JsonObject { ["message"] = message, ["took"] = 0.001, ["requestId"] = Guid.NewGuid().ToString() }.ToJsonString(), headers);

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private async Task HandleAsync(HttpContext context, PublishedSchema schema)
    {
        var body = await new StreamReader(context.Request.Body, Encoding.UTF8).ReadToEndAsync();
        JsonNode? json = null;
        List<string> violations;
        try
        {
            json = JsonNode.Parse(body);
            violations = [.. schema.Validate(json), .. DocumentedLimits(json)];
        }
        catch (System.Text.Json.JsonException e)
        {
            violations = [$"Invalid JSON body: {e.Message}"];
        }

        var authorization = (string?)context.Request.Headers.Authorization;
        ScriptedAnswer? scripted = null;
        lock (_gate)
        {
            _requests.Add(new PagingRequest(
                context.Request.Path, context.Request.RouteValues["identifier"] as string, context.Request.Query["identifierType"],
                authorization, context.Request.ContentType ?? "", body, json, violations));
            if (authorization == $"GenieKey {ApiKey}" && violations.Count == 0 && _script.Count > 0) scripted = _script.Dequeue();
        }

        var answer = authorization != $"GenieKey {ApiKey}" ? Error(401, "Could not authenticate")
            : violations.Count > 0 ? Error(422, string.Join("; ", violations))
            : scripted ?? new ScriptedAnswer(202, File.ReadAllText(SharedReference.PathTo("paging", "opsgenie", "examples", "accepted-202.docs-sample.json")));
        await FakePagerDutyServer.Answer(context.Response, answer);
    }

    /// <summary>Limits from docs.opsgenie.com "Alerts and Alert Fields" that the OAS does not state.</summary>
    private static IEnumerable<string> DocumentedLimits(JsonNode? json)
    {
        if (json is not JsonObject body) yield break;
        foreach (var (field, max) in new[] { ("message", 130), ("alias", 512), ("entity", 512), ("description", 15000), ("source", 100), ("user", 100), ("note", 25000) })
        {
            if (((string?)body[field])?.Length > max) yield return $"{field} is longer than {max} characters";
        }

        if (body["tags"] is JsonArray tags && (tags.Count > 20 || tags.Any(t => ((string?)t)?.Length > 50))) yield return "at most 20 tags of at most 50 characters";
        if (body["details"] is JsonObject details && details.Sum(d => d.Key.Length + (((string?)d.Value)?.Length ?? 0)) > 8000) yield return "details are over 8000 characters";
    }
}
