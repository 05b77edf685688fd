using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;

namespace ChatOps.Bot.Tests.Teams.Fakes;

/// <summary>An RSA key the fake Bot Connector signs tokens with, published in its JWKS with its endorsements.</summary>
public sealed class SigningKey
{
    public SigningKey(string kid, params string[] endorsements)
    {
        Kid = kid;
        Endorsements = endorsements.Length > 0 ? endorsements : ["msteams"];
        Key = new RsaSecurityKey(RSA.Create(2048)) { KeyId = kid };
    }

    public string Kid { get; }
    public IReadOnlyList<string> Endorsements { get; }
    public RsaSecurityKey Key { get; }

    /// <summary>The public half as a JWK, the way login.botframework.com publishes its keys.</summary>
    public JsonObject ToJwk()
    {
        var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(new RsaSecurityKey(Key.Rsa.ExportParameters(false)) { KeyId = Kid });
        return new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = Kid,
            ["n"] = jwk.N,
            ["e"] = jwk.E,
            ["endorsements"] = new JsonArray([.. Endorsements.Select(e => (JsonNode)e)]),
        };
    }
}
