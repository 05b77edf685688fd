using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using ChatOps.Bot.Protocol;
using ChatOps.Core.Ports;
using ChatOps.Core.StatusPage;

namespace ChatOps.Bot.Outbound;

/// <summary>
/// The few calls of Atlassian Statuspage's REST API the sync makes (shared/reference/statuspage): create and patch an
/// incident, list the unresolved ones, patch a component; <c>Authorization: OAuth &lt;key&gt;</c>. Each incident carries
/// <c>metadata.chatops.id</c>, the public incident's id, so it can be found again.
/// </summary>
public sealed class StatuspageClient(HttpClient http, StatuspageSettings settings, TimeProvider time)
{
    private const string MetadataKey = "chatops";

    /// <summary>The new Statuspage incident's id.</summary>
    public async Task<string> CreateIncidentAsync(StatusPagePush push, CancellationToken ct) =>
        IdOf(await SendAsync(HttpMethod.Post, $"pages/{settings.PageId}/incidents", IncidentBody(push), "create incident", ct), "create incident");

    public async Task<string> UpdateIncidentAsync(string incidentId, StatusPagePush push, CancellationToken ct) =>
        IdOf(await SendAsync(HttpMethod.Patch, $"pages/{settings.PageId}/incidents/{Uri.EscapeDataString(incidentId)}", IncidentBody(push), "update incident", ct), "update incident");

    public Task UpdateComponentAsync(string componentId, ComponentStatus status, CancellationToken ct) =>
        SendAsync(HttpMethod.Patch, $"pages/{settings.PageId}/components/{Uri.EscapeDataString(componentId)}",
            new JsonObject { ["component"] = new JsonObject { ["status"] = StatusWords.Of(status) } }, "update component", ct);

    /// <summary>The unresolved incident an earlier, unanswered create made for <paramref name="publicId"/>: by its metadata, else by its name.</summary>
    public async Task<string?> FindUnresolvedAsync(string publicId, string name, CancellationToken ct)
    {
        var list = await SendAsync(HttpMethod.Get, $"pages/{settings.PageId}/incidents/unresolved", null, "list unresolved incidents", ct);
        if (list is not JsonArray incidents) return null;
        var ours = incidents.OfType<JsonObject>().FirstOrDefault(i => i["metadata"]?[MetadataKey]?["id"] is JsonValue id && id.TryGetValue<string>(out var text) && text == publicId)
                   ?? incidents.OfType<JsonObject>().FirstOrDefault(i => i["metadata"]?[MetadataKey] is null && i["name"] is JsonValue n && n.TryGetValue<string>(out var named) && named == name);
        return ours?["id"] is JsonValue found && found.TryGetValue<string>(out var incidentId) ? incidentId : null;
    }

    public static JsonObject IncidentBody(StatusPagePush push)
    {
        var synced = push.Components.Where(c => c.StatuspageId is { Length: > 0 }).ToList();
        var incident = new JsonObject
        {
            ["name"] = push.Name,
            ["metadata"] = new JsonObject { [MetadataKey] = new JsonObject { ["id"] = push.PublicId } },
        };
        if (push.Status is { } status) incident["status"] = StatusWords.Of(status);
        if (push.Body is { Length: > 0 } body) incident["body"] = body;
        if (synced.Count > 0)
        {
            var map = new JsonObject();
            foreach (var c in synced) map[c.StatuspageId!] = StatusWords.Of(c.Status);
            incident["components"] = map;
            incident["component_ids"] = new JsonArray(synced.Select(c => (JsonNode)c.StatuspageId!).ToArray());
        }
        return new JsonObject { ["incident"] = incident };
    }

    private static string IdOf(JsonNode? answer, string operation) =>
        answer?["id"] is JsonValue id && id.TryGetValue<string>(out var text) && text.Length > 0
            ? text
            : throw new StatuspageException(operation, isTransient: false, "the answer carries no incident id");

    private async Task<JsonNode?> SendAsync(HttpMethod method, string path, JsonNode? body, string operation, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, new Uri(settings.BaseUrl, path));
        request.Headers.Authorization = new AuthenticationHeaderValue("OAuth", settings.ApiKey);
        if (body is not null) request.Content = JsonContent.Create(body);
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, ct);
        }
        catch (OperationCanceledException e) when (!ct.IsCancellationRequested)
        {
            throw new StatuspageException(operation, isTransient: true, "no answer in time", e);
        }
        catch (HttpRequestException e)
        {
            throw new StatuspageException(operation, isTransient: true, $"could not reach {settings.BaseUrl.Host} ({e.HttpRequestError})", e);
        }
        using (response)
        {
            var text = await response.Content.ReadAsStringAsync(ct);
            JsonNode? json = null;
            try
            {
                json = text.Length > 0 ? JsonNode.Parse(text) : null;
            }
            catch (JsonException)
            {
                // A proxy's HTML error page: the status says enough.
            }
            if (response.IsSuccessStatusCode) return json;
            var status = (int)response.StatusCode;
            var transient = status == 429 || status >= 500;
            var said = json?["error"] is JsonValue error ? ": " + TextCap.Cap(error.ToString(), 300) : json?["message"] is JsonValue message ? ": " + TextCap.Cap(message.ToString(), 300) : "";
            throw new StatuspageException(operation, transient, $"HTTP {status} {response.ReasonPhrase}{said}")
            {
                RetryAfter = transient ? RetryAfterHeader.Read(response, time) : null,
            };
        }
    }
}
