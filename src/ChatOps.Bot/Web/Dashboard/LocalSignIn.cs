using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace ChatOps.Bot.Web.Dashboard;

/// <summary>Local mode's sign-in settings: who the shell user is.</summary>
public sealed class LocalSignInOptions : AuthenticationSchemeOptions
{
    public string User { get; set; } = Environment.UserName;
}

/// <summary>
/// Local mode's sign-in: with no identity provider, whoever reaches the loopback dashboard is the shell user
/// (<c>Shell__User</c>, else the OS user), as they are in the terminal beside it.
/// </summary>
public sealed class LocalSignIn(IOptionsMonitor<LocalSignInOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<LocalSignInOptions>(options, logger, encoder)
{
    public const string SchemeName = "local";

    public const string UserClaim = "chatops_local_user";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        // Loopback only: the listener is bound there, and a request relayed from elsewhere is refused all the same.
        if (Context.Connection.RemoteIpAddress is { } remote && !System.Net.IPAddress.IsLoopback(remote))
            return Task.FromResult(AuthenticateResult.Fail("local mode answers loopback requests only"));
        var identity = new ClaimsIdentity([new Claim(UserClaim, Options.User)], SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }
}
