using System.Text;
using System.Text.Json.Nodes;
using ChatOps.Bot.Tests.Paging.Fakes;
using ChatOps.Bot.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ChatOps.Bot.Tests.StatusPage.Atlassian;

/// <summary>
/// Atlassian Statuspage's REST API on loopback (<c>/v1/</c>): create, patch and list unresolved incidents, patch a
/// component. Each body is checked against the request schema of the reference OpenAPI file and each request against
/// <c>Authorization: OAuth &lt;key&gt;</c> (400 / 401 in Statuspage's error shape when wrong). Scripted answers replace
/// the next create's answer; one "applied" is carried out first and then answered with its status, like a response lost
/// after the incident was made.
/// </summary>
public sealed class FakeStatuspageServer : IAsyncDisposable
{
    public const string PageId = "kctbh9vrtdwd";
    public const string ApiKey = "sp-test-key-0001";
    private static readonly PublishedSchema CreateSchema = PublishedSchema.StatuspageRequest("/pages/{page_id}/incidents", "post");
    private static readonly PublishedSchema PatchSchema = PublishedSchema.StatuspageRequest("/pages/{page_id}/incidents/{incident_id}", "patch");
    private static readonly PublishedSchema ComponentSchema = PublishedSchema.StatuspageRequest("/pages/{page_id}/components/{component_id}", "patch");
    private readonly Lock _gate = new();
    private readonly List<StatuspageRequest> _requests = [];
    private readonly Queue<(ScriptedAnswer Answer, bool Applied)> _creates = new();
    private readonly List<JsonObject> _incidents = [];
    private readonly Dictionary<string, string> _components = new(StringComparer.Ordinal);
    private LoopbackHttpServer _server = null!;

    public Uri ApiBaseUrl => _server.Url("v1/");

    public IReadOnlyList<StatuspageRequest> Requests
    {
        get { lock (_gate) return _requests.ToList(); }
    }

    /// <summary>The incidents made, each with the statuses it went through in order.</summary>
    public IReadOnlyList<(string Id, string Name, IReadOnlyList<string> Statuses)> Incidents
    {
        get
        {
            lock (_gate)
                return _incidents.Select(i => ((string)i["id"]!, (string)i["name"]!, (IReadOnlyList<string>)i["incident_updates"]!.AsArray().Select(u => (string)u!["status"]!).ToList())).ToList();
        }
    }

    public IReadOnlyDictionary<string, string> Components
    {
        get { lock (_gate) return new Dictionary<string, string>(_components); }
    }

    public static async Task<FakeStatuspageServer> StartAsync()
    {
        var fake = new FakeStatuspageServer();
        fake._server = await LoopbackHttpServer.StartAsync(app =>
        {
            app.MapPost("/v1/pages/{page}/incidents", (RequestDelegate)fake.CreateAsync);
            app.MapGet("/v1/pages/{page}/incidents/unresolved", (RequestDelegate)fake.UnresolvedAsync);
            app.MapMethods("/v1/pages/{page}/incidents/{id}", ["PATCH"], (RequestDelegate)fake.PatchIncidentAsync);
            app.MapMethods("/v1/pages/{page}/components/{id}", ["PATCH"], (RequestDelegate)fake.PatchComponentAsync);
        });
        return fake;
    }

    /// <summary>The next valid create gets this answer; <paramref name="applied"/>: the incident is made all the same.</summary>
    public void AnswerNextCreate(ScriptedAnswer answer, bool applied = false)
    {
        lock (_gate) _creates.Enqueue((answer, applied));
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private async Task CreateAsync(HttpContext context)
    {
        if (await ReadAsync(context, CreateSchema) is not { } json) return;
        (ScriptedAnswer Answer, bool Applied)? scripted;
        JsonObject? made = null;
        lock (_gate)
        {
            scripted = _creates.Count > 0 ? _creates.Dequeue() : null;
            if (scripted is null || scripted.Value.Applied)
            {
                var body = json["incident"]!.AsObject();
                made = new JsonObject
                {
                    ["id"] = $"inc{_incidents.Count + 1:D9}",
                    ["page_id"] = PageId,
                    ["name"] = (string?)body["name"],
                    ["status"] = (string?)body["status"] ?? "investigating",
                    ["metadata"] = body["metadata"]?.DeepClone(),
                    ["incident_updates"] = new JsonArray(),
                };
                _incidents.Add(made);
                Apply(made, body);
            }
        }
        if (scripted is { } answer) await FakePagerDutyServer.Answer(context.Response, answer.Answer);
        else await Ok(context.Response, made!);
    }

    private async Task PatchIncidentAsync(HttpContext context)
    {
        if (await ReadAsync(context, PatchSchema) is not { } json) return;
        var id = (string)context.Request.RouteValues["id"]!;
        JsonObject? incident;
        lock (_gate)
        {
            incident = _incidents.FirstOrDefault(i => (string?)i["id"] == id);
            if (incident is not null) Apply(incident, json["incident"]!.AsObject());
        }
        if (incident is null) await FakePagerDutyServer.Answer(context.Response, new ScriptedAnswer(404, """{"error":"Incident not found"}"""));
        else await Ok(context.Response, incident);
    }

    private async Task PatchComponentAsync(HttpContext context)
    {
        if (await ReadAsync(context, ComponentSchema) is not { } json) return;
        var id = (string)context.Request.RouteValues["id"]!;
        lock (_gate) _components[id] = (string)json["component"]!["status"]!;
        await Ok(context.Response, new JsonObject { ["id"] = id, ["status"] = _components[id] });
    }

    private async Task UnresolvedAsync(HttpContext context)
    {
        if (await ReadAsync(context, null) is null) return;
        JsonArray list;
        lock (_gate) list = new JsonArray(_incidents.Where(i => (string?)i["status"] != "resolved").Select(i => i.DeepClone()).ToArray());
        await Ok(context.Response, list);
    }

    /// <summary>An update per status or body, and the components map applied, as Statuspage does.</summary>
    private void Apply(JsonObject incident, JsonObject body)
    {
        if ((string?)body["status"] is { } status) incident["status"] = status;
        if (body["status"] is not null || body["body"] is not null)
            incident["incident_updates"]!.AsArray().Add(new JsonObject { ["status"] = (string?)incident["status"], ["body"] = (string?)body["body"] });
        if (body["components"] is JsonObject components)
            foreach (var (key, value) in components) _components[key] = (string)value!;
    }

    /// <summary>The request's JSON (an empty object for a GET), or null once it was refused with 401 or 400.</summary>
    private async Task<JsonNode?> ReadAsync(HttpContext context, PublishedSchema? schema)
    {
        var text = await new StreamReader(context.Request.Body, Encoding.UTF8).ReadToEndAsync();
        var violations = new List<string>();
        JsonNode? json = schema is null ? new JsonObject() : null;
        if (schema is not null)
        {
            try
            {
                json = JsonNode.Parse(text);
                violations.AddRange(schema.Validate(json));
            }
            catch (System.Text.Json.JsonException e)
            {
                violations.Add($"JSON parse error: {e.Message}");
            }
        }
        if ((string?)context.Request.RouteValues["page"] != PageId) violations.Add($"unknown page {context.Request.RouteValues["page"]}");
        var authorization = context.Request.Headers.Authorization.ToString();
        lock (_gate) _requests.Add(new StatuspageRequest(context.Request.Method, context.Request.Path, authorization, text, json, violations));
        if (authorization != "OAuth " + ApiKey)
        {
            await FakePagerDutyServer.Answer(context.Response, new ScriptedAnswer(401, """{"error":"Could not authenticate"}"""));
            return null;
        }
        if (violations.Count > 0)
        {
            await FakePagerDutyServer.Answer(context.Response, new ScriptedAnswer(400, new JsonObject { ["error"] = string.Join("; ", violations) }.ToJsonString()));
            return null;
        }
        return json;
    }

    private static Task Ok(HttpResponse response, JsonNode body) => FakePagerDutyServer.Answer(response, new ScriptedAnswer(200, body.ToJsonString()));
}

/// <summary>A request the fake Statuspage received, with what the OpenAPI request schema found wrong in it.</summary>
public sealed record StatuspageRequest(string Method, string Path, string Authorization, string Body, JsonNode? Json, IReadOnlyList<string> Violations);
