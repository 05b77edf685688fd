using System.Net.Http.Headers;
using System.Net.Mime;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ChatOps.Bot.Protocol;

namespace ChatOps.Bot.Paging.Opsgenie;

/// <summary>
/// A thin client of Opsgenie's Alert API: create (<c>POST /v2/alerts</c>), acknowledge and close by alias
/// (<c>POST /v2/alerts/{alias}/acknowledge|close?identifierType=alias</c>), authorised with
/// <c>Authorization: GenieKey &lt;key&gt;</c> (opsgenie/opsgenie-oas). Every call is asynchronous on Opsgenie's side: 202
/// returns <see cref="OpsgenieAccepted"/> with a request id. 429 and 5xx throw a transient <see cref="PagingException"/>,
/// any other status a permanent one. It does not retry: the outbox does.
/// </summary>
public sealed class OpsgenieClient(HttpClient http, OpsgenieOptions options, TimeProvider time)
{
    public const string Service = "opsgenie";

    private readonly PagingCall _call = new(http, time, Service);

    public Task<OpsgenieAccepted> CreateAlertAsync(OpsgenieAlert alert, CancellationToken ct)
    {
        const string Operation = "create alert";
        if (string.IsNullOrWhiteSpace(alert.Message)) throw Refused(Operation, "the alert needs a message");
        CheckAlias(Operation, alert.Alias);
        return PostAsync("v2/alerts", OpsgenieAlertBody.Create(alert), Operation, ct);
    }

    public Task<OpsgenieAccepted> AcknowledgeAsync(string alias, OpsgenieActionNote? note, CancellationToken ct) =>
        ActAsync(alias, "acknowledge", note, ct);

    public Task<OpsgenieAccepted> CloseAsync(string alias, OpsgenieActionNote? note, CancellationToken ct) =>
        ActAsync(alias, "close", note, ct);

    private Task<OpsgenieAccepted> ActAsync(string alias, string action, OpsgenieActionNote? note, CancellationToken ct)
    {
        var operation = $"{action} alert";
        CheckAlias(operation, alias);
        return PostAsync($"v2/alerts/{Uri.EscapeDataString(alias)}/{action}?identifierType=alias", OpsgenieAlertBody.Action(note), operation, ct);
    }

    private async Task<OpsgenieAccepted> PostAsync(string path, JsonObject body, string operation, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(options.ApiUrl.ToString().TrimEnd('/') + "/" + path))
        {
            Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body.ToJsonString())) { Headers = { ContentType = new(MediaTypeNames.Application.Json) } },
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("GenieKey", options.ApiKey);
        var answer = await _call.SendAsync(request, operation, Describe, ct).ConfigureAwait(false);
        return new OpsgenieAccepted(answer.Str("requestId"), answer.Str("result"));
    }

    private static void CheckAlias(string operation, string alias)
    {
        if (string.IsNullOrWhiteSpace(alias)) throw Refused(operation, "the alias (dedup key) is empty");
        if (alias.Length > OpsgenieAlertBody.MaxAlias)
        {
            throw Refused(operation, $"the alias is {alias.Length} characters; Opsgenie accepts at most {OpsgenieAlertBody.MaxAlias}");
        }
    }

    /// <summary>Opsgenie's ErrorResponse: <c>{"message":"...","took":0.0,"requestId":"..."}</c>.</summary>
    private static string Describe(JsonElement error) => error.Str("message");

    private static PagingException Refused(string operation, string detail) => new(Service, operation, null, isTransient: false, detail);
}
