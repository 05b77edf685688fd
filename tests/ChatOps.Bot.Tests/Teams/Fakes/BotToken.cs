using System.Security.Claims;
using ChatOps.Bot.Teams;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ChatOps.Bot.Tests.Teams.Fakes;

/// <summary>
/// A token as the Bot Connector issues it for a request to the bot, with each part overridable so tests can forge
/// the ones that must be refused.
/// </summary>
public sealed record BotToken(SigningKey? Key, string Audience, string ServiceUrl, DateTimeOffset IssuedAt)
{
    public string Issuer { get; init; } = TeamsOptions.BotFrameworkIssuer;
    public TimeSpan Lifetime { get; init; } = TimeSpan.FromHours(1);

    /// <summary>Signs with another key while naming <see cref="Key"/>'s kid: a forged signature.</summary>
    public SigningKey? SignWith { get; init; }

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
        if (Key is null) return handler.CreateToken(descriptor);
        var signer = SignWith is null ? Key.Key : new RsaSecurityKey(SignWith.Key.Rsa) { KeyId = Key.Kid };
        descriptor.SigningCredentials = new SigningCredentials(signer, SecurityAlgorithms.RsaSha256);
        return handler.CreateToken(descriptor);
    }
}
