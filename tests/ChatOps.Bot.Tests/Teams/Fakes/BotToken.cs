using System.Security.Claims;
using System.Text.Json.Nodes;
using ChatOps.Bot.Teams;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ChatOps.Bot.Tests.Teams.Fakes;

/// <summary>
/// A token as the Bot Connector issues it for a request to the bot, with each part overridable so tests can forge
/// the ones that must be refused (and <see cref="RawJwt"/> for what a token library will not write).
/// </summary>
public sealed record BotToken(SigningKey Key, string Audience, string ServiceUrl, DateTimeOffset IssuedAt)
{
    public string Issuer { get; init; } = TeamsOptions.BotFrameworkIssuer;
    public TimeSpan Lifetime { get; init; } = TimeSpan.FromHours(1);

    /// <summary>The claims <see cref="Encode"/> writes, as JSON (for tokens forged by hand, <see cref="RawJwt"/>).</summary>
    public JsonObject Claims() => new()
    {
        ["iss"] = Issuer,
        ["aud"] = Audience,
        ["serviceurl"] = ServiceUrl,
        ["nbf"] = IssuedAt.ToUnixTimeSeconds(),
        ["iat"] = IssuedAt.ToUnixTimeSeconds(),
        ["exp"] = (IssuedAt + Lifetime).ToUnixTimeSeconds(),
    };

    public string Encode()
    {
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            IssuedAt = IssuedAt.UtcDateTime,
            NotBefore = IssuedAt.UtcDateTime,
            Expires = (IssuedAt + Lifetime).UtcDateTime,
            Subject = new ClaimsIdentity([new Claim("serviceurl", ServiceUrl)]),
        };
        var handler = new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false };
        descriptor.SigningCredentials = new SigningCredentials(Key.Key, SecurityAlgorithms.RsaSha256);
        return handler.CreateToken(descriptor);
    }
}
