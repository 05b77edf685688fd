using System.Text;
using System.Text.Json.Nodes;
using ChatOps.Bot.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ChatOps.Bot.Tests.Paging.Fakes;

/// <summary>
/// PagerDuty's Events API v2 on loopback: <c>POST /v2/enqueue</c> checks each body against the published OpenAPI
/// schema and the documented limits (answering 400 in PagerDuty's error shape when it fails, as PagerDuty does),
/// answers 202 with the published success body carrying the event's dedup key, and plays scripted answers.
/// </summary>
public sealed class FakePagerDutyServer : IAsyncDisposable
{
    private static readonly PublishedSchema Schema = PublishedSchema.PagerDutyEvent();
    private readonly Lock _gate = new();
    private readonly List<PagingRequest> _requests = [];
    private readonly Queue<ScriptedAnswer> _script = new();
    private LoopbackHttpServer _server = null!;

    public Uri EventsUrl => _server.Url("v2/enqueue");

    public IReadOnlyList<PagingRequest> Requests
    {
        get { lock (_gate) return _requests.ToList(); }
    }

    public static async Task<FakePagerDutyServer> StartAsync()
    {
        var fake = new FakePagerDutyServer();
        fake._server = await LoopbackHttpServer.StartAsync(app => app.MapPost("/v2/enqueue", (RequestDelegate)fake.EnqueueAsync));
        return fake;
    }

    /// <summary>The next valid event gets this answer instead of 202.</summary>
    public void AnswerNext(ScriptedAnswer answer)
    {
        lock (_gate) _script.Enqueue(answer);
    }

    /// <summary>The published error example (PagerDuty/api-schema, components.responses.Error).</summary>
    public static ScriptedAnswer BadRequest => new(400, File.ReadAllText(SharedReference.PathTo("paging", "pagerduty-events-v2", "examples", "response-error.openapi-example.json")));

    /// <summary>429 as go-pagerduty's tests quote it (status "throttle exceeded"), with Retry-After when given.</summary>
    public static ScriptedAnswer Throttled(string? retryAfter) => new(429,
        """{"status":"throttle exceeded","message":"Requests for this service are arriving too quickly.  Please retry later."}""",
        retryAfter is null ? [] : [("Retry-After", retryAfter)]);

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private async Task EnqueueAsync(HttpContext context)
    {
        var body = await new StreamReader(context.Request.Body, Encoding.UTF8).ReadToEndAsync();
        JsonNode? json = null;
        List<string> violations;
        try
        {
            json = JsonNode.Parse(body);
            violations = [.. Schema.Validate(json), .. DocumentedLimits(json)];
        }
        catch (System.Text.Json.JsonException e)
        {
            violations = [$"JSON parse error: {e.Message}"];
        }

        ScriptedAnswer? scripted = null;
        lock (_gate)
        {
            _requests.Add(new PagingRequest(context.Request.Path, null, null, context.Request.Headers.Authorization, context.Request.ContentType ?? "", body, json, violations));
            if (violations.Count == 0 && _script.Count > 0) scripted = _script.Dequeue();
        }

        if (violations.Count > 0)
        {
            await Answer(context.Response, new ScriptedAnswer(400, new JsonObject
            {
                ["status"] = "invalid",
                ["message"] = "Event object is invalid",
                ["errors"] = new JsonArray(violations.Select(v => (JsonNode)v).ToArray()),
            }.ToJsonString()));
            return;
        }

        await Answer(context.Response, scripted ?? Accepted((string?)json!["dedup_key"]));
    }

    /// <summary>The published success example with the event's own dedup key, as PagerDuty echoes it.</summary>
    private static ScriptedAnswer Accepted(string? dedupKey)
    {
        var success = JsonNode.Parse(File.ReadAllText(SharedReference.PathTo("paging", "pagerduty-events-v2", "examples", "response-202.openapi-example.json")))!;
        success["dedup_key"] = dedupKey ?? Guid.NewGuid().ToString("N");
        return new ScriptedAnswer(202, success.ToJsonString());
    }

    /// <summary>Rules the docs state that the schema does not: routing key and payload for a trigger, length limits.</summary>
    private static IEnumerable<string> DocumentedLimits(JsonNode? json)
    {
        if (json is not JsonObject ev) yield break;
        if (((string?)ev["routing_key"])?.Length is null or 0) yield return "'routing_key' is missing or blank";
        if (((string?)ev["dedup_key"])?.Length > 255) yield return "'dedup_key' is longer than 255 characters";
        if ((string?)ev["event_action"] == "trigger")
        {
            if (ev["payload"] is not JsonObject) yield return "a trigger needs 'payload'";
            else if (((string?)ev["payload"]!["summary"])?.Length > 1024) yield return "'payload.summary' is longer than 1024 characters";
        }
        else if (((string?)ev["dedup_key"])?.Length is null or 0)
        {
            yield return "'dedup_key' is required to acknowledge or resolve";
        }

        if (Encoding.UTF8.GetByteCount(ev.ToJsonString()) > 512 * 1024) yield return "the event is over 512 KB";
    }

    internal static async Task Answer(HttpResponse response, ScriptedAnswer answer)
    {
        response.StatusCode = answer.Status;
        foreach (var (name, value) in answer.Headers) response.Headers[name] = value;
        if (answer.Json is not null)
        {
            response.ContentType = "application/json";
            await response.WriteAsync(answer.Json);
        }
    }
}
