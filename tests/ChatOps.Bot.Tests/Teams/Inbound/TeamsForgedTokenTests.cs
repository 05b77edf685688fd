using System.Net;
using System.Text.Json.Nodes;
using ChatOps.Bot.Persistence;
using ChatOps.Bot.Tests.Teams.Fakes;
using ChatOps.Bot.Tests.Teams.Host;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChatOps.Bot.Tests.Teams.Inbound;

/// <summary>
/// Every way of forging a Bot Connector token that a token library, a careless key lookup or a loose claim check has
/// let through somewhere: each is refused with 401, stores nothing, calls neither the connector nor Graph, and makes the
/// bot fetch keys from nowhere but the configured OpenID metadata (never from an address the token names).
/// </summary>
public sealed class TeamsForgedTokenTests : IAsyncLifetime
{
    private const string General = "19:general0000000000000000000000000@thread.tacv2";
    private static readonly TeamsUser Mallory = new("3a110000-0000-4000-8000-000000000066", "Mallory");

    private FakeTeamsServer _teams = null!;
    private AttackerKeyServer _attacker = null!;
    private TeamsBotHost _host = null!;

    /// <summary>Each forgery and the part of the refusal that shows it was refused for that reason.</summary>
    public static TheoryData<string, string> Forgeries => new()
    {
        { "alg none", "InvalidSignature" },
        { "alg none without a kid", "InvalidSignature" },
        { "HS256 keyed with the public key's PEM", "InvalidSignature" },
        { "HS256 keyed with the public key's DER", "InvalidSignature" },
        { "a foreign key under the published kid", "InvalidSignature" },
        { "a foreign key under an unknown kid", "SignatureKeyNotFound" },
        { "a foreign key and no kid", "SignatureKeyNotFound" },
        { "jku naming the attacker's key set", "SignatureKeyNotFound" },
        { "jku naming the attacker's key set, published kid", "InvalidSignature" },
        { "x5u naming the attacker's certificate", "SignatureKeyNotFound" },
        { "jwk embedding the attacker's key", "SignatureKeyNotFound" },
        { "jwk embedding the attacker's key, published kid", "InvalidSignature" },
        { "x5c embedding the attacker's certificate", "SignatureKeyNotFound" },
        { "another issuer", "InvalidIssuer" },
        { "another audience", "InvalidAudience" },
        { "expired", "InvalidLifetime" },
        { "not yet valid", "InvalidLifetime" },
        { "no serviceurl claim", "the token has no serviceurl claim" },
        { "the serviceurl of another connector", "serviceurl claim does not match" },
        { "no signature", "InvalidSignature" },
        { "the signature of another token", "InvalidSignature" },
        { "truncated", "InvalidSignature" },
        { "header and payload only", "not a JWT" },
    };

    public async Task InitializeAsync()
    {
        _teams = await FakeTeamsServer.StartAsync();
        _teams.AddChannel(General, "General");
        _attacker = await AttackerKeyServer.StartAsync();
        _host = await TeamsBotHost.StartAsync(_teams);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _attacker.DisposeAsync();
        await _teams.DisposeAsync();
    }

    [Theory]
    [MemberData(nameof(Forgeries))]
    public async Task A_forged_token_is_refused_and_nothing_is_stored_called_or_fetched(string forgery, string reason)
    {
        var driver = new TeamsDriver(_host);
        var response = await _host.PostAsync(driver.ChannelMessage(Mallory, General, "incident declare P1 Forged").ToJsonString(), "Bearer " + Forge(forgery));

        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{forgery}: {(int)response.StatusCode} {text}");
        Assert.StartsWith("Unverified request", text);
        Assert.Contains(reason, text);
        await _host.InboxIdleAsync();
        await using (var scope = _host.Services.CreateAsyncScope())
            Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<ChatOpsDbContext>().Inbox.CountAsync());
        Assert.All(_teams.Calls, c => Assert.StartsWith("/openid/", c.Path, StringComparison.Ordinal));
        Assert.Empty(_attacker.Requests);
    }

    private string Forge(string forgery)
    {
        var valid = _teams.Token(_host.Time);
        var published = _teams.CurrentKey;
        var attacker = _attacker.Key;
        RawJwt Raw(BotToken? token = null) => RawJwt.Of(token ?? valid);
        RawJwt Headed(string name, JsonNode value, string kid)
        {
            var raw = Raw();
            raw.Header[name] = value;
            raw.Header["kid"] = kid;
            return raw;
        }
        JsonObject AttackerJwk() => attacker.ToJwk();
        string Certificate() => Convert.ToBase64String(_attacker.Certificate().RawData);
        return forgery switch
        {
            "alg none" => WithAlg(Raw(), "none").Unsigned(),
            "alg none without a kid" => WithoutKid(WithAlg(Raw(), "none")).Unsigned(),
            "HS256 keyed with the public key's PEM" => WithAlg(Raw(), "HS256").SignedWithSecret(System.Text.Encoding.ASCII.GetBytes(published.Key.Rsa.ExportSubjectPublicKeyInfoPem())),
            "HS256 keyed with the public key's DER" => WithAlg(Raw(), "HS256").SignedWithSecret(published.Key.Rsa.ExportSubjectPublicKeyInfo()),
            "a foreign key under the published kid" => Raw().SignedBy(attacker.Key.Rsa),
            "a foreign key under an unknown kid" => Raw(valid with { Key = attacker }).SignedBy(attacker.Key.Rsa),
            "a foreign key and no kid" => WithoutKid(Raw()).SignedBy(attacker.Key.Rsa),
            "jku naming the attacker's key set" => Headed("jku", _attacker.JwksUrl, attacker.Kid).SignedBy(attacker.Key.Rsa),
            "jku naming the attacker's key set, published kid" => Headed("jku", _attacker.JwksUrl, published.Kid).SignedBy(attacker.Key.Rsa),
            "x5u naming the attacker's certificate" => Headed("x5u", _attacker.CertificateUrl, attacker.Kid).SignedBy(attacker.Key.Rsa),
            "jwk embedding the attacker's key" => Headed("jwk", AttackerJwk(), attacker.Kid).SignedBy(attacker.Key.Rsa),
            "jwk embedding the attacker's key, published kid" => Headed("jwk", AttackerJwk(), published.Kid).SignedBy(attacker.Key.Rsa),
            "x5c embedding the attacker's certificate" => Headed("x5c", new JsonArray(Certificate()), attacker.Kid).SignedBy(attacker.Key.Rsa),
            "another issuer" => (valid with { Issuer = "https://sts.windows.net/" + FakeTeamsServer.TenantId + "/" }).Encode(),
            "another audience" => (valid with { Audience = Guid.NewGuid().ToString() }).Encode(),
            "expired" => (valid with { IssuedAt = _host.Time.GetUtcNow() - TimeSpan.FromHours(1) - TimeSpan.FromMinutes(6) }).Encode(),
            "not yet valid" => (valid with { IssuedAt = _host.Time.GetUtcNow() + TimeSpan.FromMinutes(6) }).Encode(),
            "no serviceurl claim" => WithoutClaim(Raw(), "serviceurl").SignedBy(published.Key.Rsa),
            "the serviceurl of another connector" => (valid with { ServiceUrl = "https://smba.trafficmanager.net/amer/" }).Encode(),
            "no signature" => Raw().Unsigned(),
            "the signature of another token" => Raw().SigningInput + "." + (valid with { Audience = "other" }).Encode().Split('.')[2],
            "truncated" => valid.Encode()[..^8],
            "header and payload only" => Raw().SigningInput,
            _ => throw new ArgumentOutOfRangeException(nameof(forgery)),
        };
    }

    private static RawJwt WithAlg(RawJwt raw, string alg)
    {
        raw.Header["alg"] = alg;
        return raw;
    }

    private static RawJwt WithoutKid(RawJwt raw)
    {
        raw.Header.Remove("kid");
        return raw;
    }

    private static RawJwt WithoutClaim(RawJwt raw, string claim)
    {
        raw.Payload.Remove(claim);
        return raw;
    }
}
