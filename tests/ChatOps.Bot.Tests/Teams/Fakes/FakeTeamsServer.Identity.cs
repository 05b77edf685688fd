using System.Text.Json.Nodes;
using ChatOps.Bot.Teams;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ChatOps.Bot.Tests.Teams.Fakes;

/// <summary>The OpenID metadata and JWKS of login.botframework.com, and Entra ID's client-credentials token endpoint.</summary>
public sealed partial class FakeTeamsServer
{
    public const string ConnectorScope = "https://api.botframework.com/.default";
    public const string GraphScope = "https://graph.microsoft.com/.default";

    private readonly List<SigningKey> _keys = [new("key-1")];
    private readonly Dictionary<string, string> _tokens = new(StringComparer.Ordinal);
    private int _tokenCounter;

    /// <summary>The key the Bot Connector signs with now (the first published one).</summary>
    public SigningKey CurrentKey
    {
        get { lock (_gate) { return _keys[0]; } }
    }

    /// <summary>How long issued access tokens live (<c>expires_in</c>).</summary>
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromHours(1);

    public int KeySetReads { get; private set; }

    /// <summary>Publishes a new signing key ahead of the others, as a key rotation does.</summary>
    public SigningKey Rotate(string kid, params string[] endorsements)
    {
        var key = new SigningKey(kid, endorsements);
        lock (_gate) _keys.Insert(0, key);
        return key;
    }

    /// <summary>A valid token for a request to the bot, from the current key, issued now on <paramref name="time"/>.</summary>
    public BotToken Token(TimeProvider time) => new(CurrentKey, AppId, ServiceUrl, time.GetUtcNow());

    /// <summary>The scope a bearer header's access token was issued for, or null when this fake never issued it.</summary>
    public string? ScopeOf(string authorization)
    {
        const string bearer = "Bearer ";
        if (!authorization.StartsWith(bearer, StringComparison.Ordinal)) return null;
        lock (_gate) return _tokens.TryGetValue(authorization[bearer.Length..], out var scope) ? scope : null;
    }

    private void MapIdentity(WebApplication app)
    {
        app.MapGet("/openid/.well-known/openidconfiguration", async context =>
        {
            await ReceiveAsync(context);
            await JsonAsync(context.Response, new JsonObject
            {
                ["issuer"] = TeamsOptions.BotFrameworkIssuer,
                ["authorization_endpoint"] = "https://invalid.botframework.com",
                ["jwks_uri"] = new Uri(_root, "openid/keys").ToString(),
                ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
                ["token_endpoint_auth_methods_supported"] = new JsonArray("private_key_jwt"),
            });
        });
        app.MapGet("/openid/keys", async context =>
        {
            await ReceiveAsync(context);
            JsonArray keys;
            lock (_gate)
            {
                KeySetReads++;
                keys = new JsonArray([.. _keys.Select(k => (JsonNode)k.ToJwk())]);
            }
            await JsonAsync(context.Response, new JsonObject { ["keys"] = keys });
        });
        app.MapPost("/{tenant}/oauth2/v2.0/token", (RequestDelegate)IssueTokenAsync);
    }

    // https://learn.microsoft.com/entra/identity-platform/v2-oauth2-client-creds-grant-flow
    private async Task IssueTokenAsync(HttpContext context)
    {
        var (call, answered) = await ReceiveAsync(context);
        if (answered) return;
        var form = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(call.Body);
        string Field(string name) => form.TryGetValue(name, out var v) ? v.ToString() : "";
        if ((string?)context.Request.RouteValues["tenant"] != TenantId)
        {
            await ErrorAsync(context.Response, 400, "invalid_request", "AADSTS90002: Tenant not found.");
            return;
        }
        if (Field("grant_type") != "client_credentials" || Field("client_id") != AppId || Field("client_secret") != AppPassword)
        {
            await JsonAsync(context.Response, new JsonObject { ["error"] = "invalid_client", ["error_description"] = "AADSTS7000215: Invalid client secret provided." }, 401);
            return;
        }
        var scope = Field("scope");
        if (scope is not (ConnectorScope or GraphScope))
        {
            await JsonAsync(context.Response, new JsonObject { ["error"] = "invalid_scope", ["error_description"] = $"AADSTS70011: The provided value for scope {scope} is not valid." }, 400);
            return;
        }
        string token;
        lock (_gate)
        {
            token = $"access-{++_tokenCounter}-{(scope == GraphScope ? "graph" : "connector")}";
            _tokens[token] = scope;
        }
        await JsonAsync(context.Response, new JsonObject
        {
            ["token_type"] = "Bearer",
            ["expires_in"] = (int)AccessTokenLifetime.TotalSeconds,
            ["ext_expires_in"] = (int)AccessTokenLifetime.TotalSeconds,
            ["access_token"] = token,
        });
    }
}
