using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;

namespace ChatOps.Bot.Tests.Teams.Fakes;

/// <summary>
/// A JWT written by hand, so a test can forge what a token library will not write: any header (<c>alg</c>,
/// <c>kid</c>, <c>jku</c>, <c>x5u</c>, <c>jwk</c>...), any claims, any signature or none.
/// </summary>
public sealed record RawJwt(JsonObject Header, JsonObject Payload)
{
    /// <summary>The header and claims of <paramref name="token"/>, as the Bot Connector writes them, to be changed and signed.</summary>
    public static RawJwt Of(BotToken token) =>
        new(new JsonObject { ["alg"] = "RS256", ["typ"] = "JWT", ["kid"] = token.Key.Kid }, token.Claims());

    /// <summary><c>header.payload</c>, what a signature covers.</summary>
    public string SigningInput => $"{Encode(Header.ToJsonString())}.{Encode(Payload.ToJsonString())}";

    /// <summary>With no signature at all: <c>header.payload.</c>.</summary>
    public string Unsigned() => SigningInput + ".";

    public string SignedBy(RSA key) =>
        $"{SigningInput}.{Base64UrlEncoder.Encode(key.SignData(Encoding.ASCII.GetBytes(SigningInput), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1))}";

    public string SignedWithSecret(byte[] secret) =>
        $"{SigningInput}.{Base64UrlEncoder.Encode(HMACSHA256.HashData(secret, Encoding.ASCII.GetBytes(SigningInput)))}";

    private static string Encode(string json) => Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(json));
}
