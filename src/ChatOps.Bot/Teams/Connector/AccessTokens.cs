using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace ChatOps.Bot.Teams.Connector;

/// <summary>
/// Access tokens for the Bot Connector and Microsoft Graph by the client-credentials grant against the token endpoint
/// (https://learn.microsoft.com/entra/identity-platform/v2-oauth2-client-creds-grant-flow), cached per scope until
/// <see cref="RenewBefore"/> ahead of expiry.
/// </summary>
public sealed class AccessTokens(IHttpClientFactory clients, IOptions<TeamsOptions> options, TimeProvider time)
{
    public const string HttpClientName = "teams-tokens";
    public const string ConnectorScope = "https://api.botframework.com/.default";
    public const string GraphScope = "https://graph.microsoft.com/.default";
    public static readonly TimeSpan RenewBefore = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly ConcurrentDictionary<string, (string Token, DateTimeOffset RenewAt)> _cache = new(StringComparer.Ordinal);

    public async Task<string> GetAsync(string scope, CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            if (_cache.TryGetValue(scope, out var cached) && time.GetUtcNow() < cached.RenewAt) return cached.Token;
            var (token, lifetime) = await RequestAsync(scope, ct);
            _cache[scope] = (token, time.GetUtcNow() + (lifetime > RenewBefore * 2 ? lifetime - RenewBefore : lifetime / 2));
            return token;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Forgets a token the service refused, so the next call asks for a new one.</summary>
    public void Forget(string scope) => _cache.TryRemove(scope, out _);

    private async Task<(string Token, TimeSpan Lifetime)> RequestAsync(string scope, CancellationToken ct)
    {
        var settings = options.Value;
        var form = new FormUrlEncodedContent(
        [
            new("grant_type", "client_credentials"),
            new("client_id", settings.AppId),
            new("client_secret", settings.AppPassword),
            new("scope", scope),
        ]);
        HttpResponseMessage response;
        try
        {
            response = await clients.CreateClient(HttpClientName).PostAsync(settings.EffectiveTokenEndpoint, form, ct);
        }
        catch (Exception ex) when (ex is HttpRequestException || (ex is TaskCanceledException && !ct.IsCancellationRequested))
        {
            throw new TeamsApiException("token", null, $"the token endpoint {settings.EffectiveTokenEndpoint} could not be reached ({ex.Message})", inner: ex);
        }
        using (response)
        {
            JsonElement body;
            try
            {
                body = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
            }
            catch (JsonException)
            {
                body = default;
            }
            if (!response.IsSuccessStatusCode || body.ValueKind != JsonValueKind.Object
                || !body.TryGetProperty("access_token", out var token) || token.ValueKind != JsonValueKind.String)
            {
                var error = body.ValueKind == JsonValueKind.Object && body.TryGetProperty("error_description", out var d) ? d.GetString() : null;
                throw new TeamsApiException("token", response.StatusCode,
                    $"no access token for {scope} ({error ?? $"HTTP {(int)response.StatusCode}"}); check Teams__AppId, Teams__AppPassword and Teams__TenantId");
            }
            var seconds = body.TryGetProperty("expires_in", out var e) && e.TryGetInt32(out var s) ? s : 3600;
            return (token.GetString()!, TimeSpan.FromSeconds(seconds));
        }
    }
}
