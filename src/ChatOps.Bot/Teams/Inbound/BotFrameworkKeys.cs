using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace ChatOps.Bot.Teams.Inbound;

/// <summary>
/// The Bot Connector's signing keys, read from the OpenID metadata (<c>Teams__OpenIdMetadataUrl</c>) and its
/// <c>jwks_uri</c>, cached for a day and fetched again when a token names a key id that is not known, at most once
/// every <see cref="MinRefreshInterval"/> so forged key ids cannot make the bot hammer the metadata endpoint.
/// https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-authentication
/// </summary>
public sealed class BotFrameworkKeys(IHttpClientFactory clients, IOptions<TeamsOptions> options, TimeProvider time, ILogger<BotFrameworkKeys> logger)
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromHours(24);
    public static readonly TimeSpan MinRefreshInterval = TimeSpan.FromMinutes(5);

    public const string HttpClientName = "teams-openid";

    private readonly SemaphoreSlim _gate = new(1, 1);
    private KeySet? _cached;

    /// <summary>The cached keys, fetched first when there are none or they are a day old.</summary>
    public async Task<IReadOnlyList<JsonWebKey>> GetAsync(CancellationToken ct)
    {
        if (Volatile.Read(ref _cached) is { } cached && time.GetUtcNow() - cached.FetchedAt < CacheFor) return cached.Keys;
        return await FetchAsync(force: false, ct);
    }

    /// <summary>Fetches the keys again unless that was done within the last <see cref="MinRefreshInterval"/>.</summary>
    public Task<IReadOnlyList<JsonWebKey>> RefreshAsync(CancellationToken ct) => FetchAsync(force: true, ct);

    private async Task<IReadOnlyList<JsonWebKey>> FetchAsync(bool force, CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            var now = time.GetUtcNow();
            var age = _cached is { } cached ? now - cached.FetchedAt : TimeSpan.MaxValue;
            if (force ? age < MinRefreshInterval : age < CacheFor) return _cached!.Keys;
            var http = clients.CreateClient(HttpClientName);
            var metadata = OpenIdConnectConfiguration.Create(await http.GetStringAsync(options.Value.OpenIdMetadataUrl, ct));
            if (string.IsNullOrEmpty(metadata.JwksUri)) throw new InvalidOperationException($"The OpenID metadata at {options.Value.OpenIdMetadataUrl} has no jwks_uri.");
            var set = new JsonWebKeySet(await http.GetStringAsync(metadata.JwksUri, ct));
            var keys = set.Keys.ToList();
            Volatile.Write(ref _cached, new KeySet(keys, now));
            logger.LogInformation("Read {Count} Bot Framework signing keys from {Url}", keys.Count, metadata.JwksUri);
            return keys;
        }
        finally
        {
            _gate.Release();
        }
    }

    private sealed record KeySet(IReadOnlyList<JsonWebKey> Keys, DateTimeOffset FetchedAt);
}
