namespace ChatOps.Bot.Paging.Opsgenie;

/// <summary>
/// Opsgenie's 202 (<c>{"result":"Request will be processed","took":0.302,"requestId":"..."}</c>): the request is queued.
/// Whether it then succeeded is told by <c>GET /v2/alerts/requests/{requestId}</c>.
/// </summary>
public sealed record OpsgenieAccepted(string RequestId, string Result);
