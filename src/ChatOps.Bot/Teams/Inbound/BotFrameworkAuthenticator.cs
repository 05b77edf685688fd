using System.Text.Json;
using ChatOps.Bot.Teams.Connector;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ChatOps.Bot.Teams.Inbound;

/// <summary>
/// Validates the bearer JWT the Bot Connector puts on every request: RS256 signed by a key from the OpenID metadata,
/// issuer <c>https://api.botframework.com</c>, audience the bot's app id, within its lifetime (five minutes of skew,
/// on the bot's clock), with a <c>serviceurl</c> claim (kept normalised, <see cref="ServiceUrlForm"/>). The activity is
/// checked against the token afterwards (<see cref="TokenCheck.RefusalFor"/>).
/// </summary>
public sealed class BotFrameworkAuthenticator(BotFrameworkKeys keys, IOptions<TeamsOptions> options, TimeProvider time, ILogger<BotFrameworkAuthenticator> logger)
{
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);
    private const string Bearer = "Bearer ";
    private readonly JsonWebTokenHandler _handler = new();

    public async Task<TokenCheck> CheckAsync(string? authorization, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(options.Value.AppId)) return TokenCheck.Refused("the bot has no Teams__AppId configured");
        if (authorization is null || !authorization.StartsWith(Bearer, StringComparison.OrdinalIgnoreCase) || authorization.Length <= Bearer.Length)
            return TokenCheck.Refused("no bearer token");
        var token = authorization[Bearer.Length..].Trim();
        if (!_handler.CanReadToken(token)) return TokenCheck.Refused("the bearer token is not a JWT");
        try
        {
            var result = await ValidateAsync(token, await keys.GetAsync(ct));
            if (result.Exception is SecurityTokenSignatureKeyNotFoundException)
                result = await ValidateAsync(token, await keys.RefreshAsync(ct));
            if (!result.IsValid) return TokenCheck.Refused(result.Exception?.GetType().Name ?? "invalid token");
            var jwt = (JsonWebToken)result.SecurityToken;
            var claimed = result.Claims.TryGetValue("serviceurl", out var claim) ? claim?.ToString() : null;
            if (string.IsNullOrEmpty(claimed)) return TokenCheck.Refused("the token has no serviceurl claim");
            if (!ServiceUrlForm.TryNormalise(claimed, out var serviceUrl, out var problem))
                return TokenCheck.Refused($"the token's serviceurl claim is not a service URL the bot can answer at ({problem})");
            return new TokenCheck(true, serviceUrl, Endorsements(await keys.GetAsync(ct), jwt.Kid), null);
        }
        catch (Exception ex) when (ex is HttpRequestException or InvalidOperationException or ArgumentException or JsonException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            // Read again on the next request (Teams retries this one): one line, not a stack trace per request.
            logger.LogWarning("Could not read the Bot Framework signing keys from {Url} ({Error}); refusing the request until they can be read", options.Value.OpenIdMetadataUrl, ex.Message);
            return TokenCheck.Refused("the signing keys could not be read");
        }
    }

    private Task<TokenValidationResult> ValidateAsync(string token, IReadOnlyList<JsonWebKey> signingKeys) =>
        _handler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = TeamsOptions.BotFrameworkIssuer,
            ValidAudience = options.Value.AppId,
            IssuerSigningKeys = signingKeys,
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidateLifetime = true,
            ClockSkew = ClockSkew,
            LifetimeValidator = WithinLifetime,
        });

    /// <summary>Lifetime on the injected clock, so tests (and the rest of the bot) share one notion of now.</summary>
    private bool WithinLifetime(DateTime? notBefore, DateTime? expires, SecurityToken token, TokenValidationParameters parameters)
    {
        var now = time.GetUtcNow().UtcDateTime;
        if (expires is null || now - ClockSkew >= expires.Value) return false;
        return notBefore is null || now + ClockSkew >= notBefore.Value;
    }

    private static IReadOnlyList<string> Endorsements(IReadOnlyList<JsonWebKey> signingKeys, string kid)
    {
        var key = signingKeys.FirstOrDefault(k => k.Kid == kid);
        if (key is null || !key.AdditionalData.TryGetValue("endorsements", out var value)) return [];
        return value switch
        {
            IEnumerable<object> list => list.Select(o => o?.ToString() ?? "").ToList(),
            JsonElement { ValueKind: JsonValueKind.Array } array => array.EnumerateArray().Select(e => e.GetString() ?? "").ToList(),
            _ => [],
        };
    }
}
