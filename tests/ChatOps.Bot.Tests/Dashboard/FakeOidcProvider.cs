using System.Collections.Concurrent;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using ChatOps.Bot.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ChatOps.Bot.Tests.Dashboard;

/// <summary>
/// An OpenID Connect provider on loopback speaking the real protocol: the discovery document, its signing keys, an
/// authorize endpoint that signs in whoever <see cref="SignInAs"/> names and redirects back with a code, and a token
/// endpoint that checks the client, the code and its PKCE verifier and issues an RS256-signed id_token.
/// </summary>
public sealed class FakeOidcProvider : IAsyncDisposable
{
    public const string ClientId = "chatops-dashboard";
    public const string ClientSecret = "dashboard-secret";
    private const string KeyId = "test-key-1";

    private readonly RSA _key = RSA.Create(2048);
    private readonly ConcurrentDictionary<string, (string Nonce, string Challenge, string RedirectUri, Dictionary<string, string> Claims)> _codes = new();
    private LoopbackHttpServer _server = null!;
    private Dictionary<string, string> _next = [];

    /// <summary>The issuer and authority: <c>http://127.0.0.1:PORT</c>.</summary>
    public string Authority => _server.Root.ToString().TrimEnd('/');

    /// <summary>How many codes were exchanged for tokens.</summary>
    public int TokensIssued { get; private set; }

    public static async Task<FakeOidcProvider> StartAsync()
    {
        var provider = new FakeOidcProvider();
        provider._server = await LoopbackHttpServer.StartAsync(provider.Map);
        return provider;
    }

    /// <summary>Whom the next sign-in is: the claims of their id_token.</summary>
    public void SignInAs(string subject, string email, string name, string? slackUserId = null)
    {
        var claims = new Dictionary<string, string> { ["sub"] = subject, ["email"] = email, ["name"] = name };
        if (slackUserId is not null) claims["https://slack.com/user_id"] = slackUserId;
        _next = claims;
    }

    private void Map(WebApplication app)
    {
        app.MapGet("/.well-known/openid-configuration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = Authority,
            ["authorization_endpoint"] = Authority + "/authorize",
            ["token_endpoint"] = Authority + "/token",
            ["jwks_uri"] = Authority + "/jwks",
            ["response_types_supported"] = new[] { "code" },
            ["subject_types_supported"] = new[] { "public" },
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
            ["code_challenge_methods_supported"] = new[] { "S256" },
        }));
        app.MapGet("/jwks", () =>
        {
            var key = _key.ExportParameters(false);
            return Results.Json(new { keys = new[] { new { kty = "RSA", use = "sig", alg = "RS256", kid = KeyId, n = Base64UrlEncoder.Encode(key.Modulus), e = Base64UrlEncoder.Encode(key.Exponent) } } });
        });
        app.MapGet("/authorize", (HttpRequest request) =>
        {
            var q = request.Query;
            if (q["client_id"] != ClientId) return Results.BadRequest("unknown client_id");
            if (q["response_type"] != "code") return Results.BadRequest("only response_type=code");
            if (q["code_challenge_method"] != "S256") return Results.BadRequest("PKCE S256 expected");
            var code = Guid.NewGuid().ToString("N");
            _codes[code] = (q["nonce"].ToString(), q["code_challenge"].ToString(), q["redirect_uri"].ToString(), _next);
            return Results.Redirect($"{q["redirect_uri"]}?code={code}&state={Uri.EscapeDataString(q["state"].ToString())}");
        });
        app.MapPost("/token", async (HttpRequest request) =>
        {
            var form = await request.ReadFormAsync();
            var (id, secret) = Client(request, form);
            if (id != ClientId || secret != ClientSecret) return Results.Json(new { error = "invalid_client" }, statusCode: 401);
            if (form["grant_type"] != "authorization_code" || !_codes.TryRemove(form["code"].ToString(), out var grant))
                return Results.Json(new { error = "invalid_grant" }, statusCode: 400);
            var verifier = form["code_verifier"].ToString();
            if (grant.RedirectUri != form["redirect_uri"] || Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))) != grant.Challenge)
                return Results.Json(new { error = "invalid_grant" }, statusCode: 400);
            TokensIssued++;
            return Results.Json(new { access_token = Guid.NewGuid().ToString("N"), token_type = "Bearer", expires_in = 300, id_token = IdToken(grant.Nonce, grant.Claims) });
        });
    }

    private static (string? Id, string? Secret) Client(HttpRequest request, IFormCollection form)
    {
        if (request.Headers.Authorization.ToString() is { } header && header.StartsWith("Basic ", StringComparison.Ordinal))
        {
            var pair = Encoding.UTF8.GetString(Convert.FromBase64String(header[6..])).Split(':', 2);
            return (Uri.UnescapeDataString(pair[0]), Uri.UnescapeDataString(pair[1]));
        }
        return (form["client_id"], form["client_secret"]);
    }

    private string IdToken(string nonce, Dictionary<string, string> claims)
    {
        var now = DateTime.UtcNow;
        var subject = new ClaimsIdentity(claims.Select(c => new Claim(c.Key, c.Value)).Append(new Claim("nonce", nonce)));
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Authority,
            Audience = ClientId,
            Subject = subject,
            IssuedAt = now,
            NotBefore = now.AddSeconds(-5),
            Expires = now.AddMinutes(5),
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(_key) { KeyId = KeyId }, SecurityAlgorithms.RsaSha256),
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        _key.Dispose();
    }
}
