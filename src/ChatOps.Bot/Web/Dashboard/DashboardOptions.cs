namespace ChatOps.Bot.Web.Dashboard;

/// <summary>
/// The web dashboard's settings (<c>Web__*</c>): the OpenID Connect provider people sign in with, and where the
/// loopback dashboard listens when there is none (local mode, and the shell).
/// </summary>
public sealed class DashboardOptions
{
    public const string Section = "Web";

    /// <summary>Where the local-mode dashboard listens; always a loopback address.</summary>
    public const string DefaultUrls = "http://127.0.0.1:8765";

    public string? Urls { get; set; }

    public OidcOptions Oidc { get; set; } = new();

    /// <summary>Handles of the runbook to what the provider says of a person (an email, a Slack or Entra id), for people no chat platform maps.</summary>
    public Dictionary<string, string> People { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Signing in is through an OpenID Connect provider; otherwise the dashboard is in local mode.</summary>
    public bool UsesOidc => !string.IsNullOrWhiteSpace(Oidc.Authority) || !string.IsNullOrWhiteSpace(Oidc.ClientId);

    public string ListenUrls => string.IsNullOrWhiteSpace(Urls) ? DefaultUrls : Urls.Trim();

    public static DashboardOptions Read(IConfiguration configuration) =>
        configuration.GetSection(Section).Get<DashboardOptions>() ?? new DashboardOptions();

    /// <summary>What is wrong with the settings, one line each naming the key.</summary>
    public IEnumerable<string> Problems()
    {
        if (UsesOidc)
        {
            if (string.IsNullOrWhiteSpace(Oidc.Authority))
                yield return "Web__Oidc__Authority is not set: set it to your OpenID Connect provider's issuer URL (e.g. https://login.microsoftonline.com/<tenant>/v2.0), or unset Web__Oidc__ClientId for local mode.";
            else if (!Uri.TryCreate(Oidc.Authority.Trim(), UriKind.Absolute, out var authority) || authority.Scheme is not ("https" or "http"))
                yield return $"Web__Oidc__Authority '{Oidc.Authority}' is not a URL: set it to the provider's issuer, e.g. https://accounts.google.com.";
            else if (authority.Scheme == "http" && !authority.IsLoopback)
                yield return $"Web__Oidc__Authority '{Oidc.Authority}' is not HTTPS: sign-in tokens must come over HTTPS (plain HTTP only on loopback, for tests).";
            if (string.IsNullOrWhiteSpace(Oidc.ClientId))
                yield return "Web__Oidc__ClientId is not set: set it to the client (application) id the provider gave the dashboard.";
            if (string.IsNullOrWhiteSpace(Oidc.ClientSecret))
                yield return "Web__Oidc__ClientSecret is not set: set it to the client secret the provider gave the dashboard.";
        }
        foreach (var url in ListenUrls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var listen) || listen.Scheme is not ("http" or "https"))
                yield return $"Web__Urls '{Urls}' is not an address to listen on: write e.g. {DefaultUrls}.";
            else if (!UsesOidc && !listen.IsLoopback)
                yield return $"Web__Urls '{Urls}' is not a loopback address: without an OpenID Connect provider (Web__Oidc__Authority) the dashboard signs everyone in as you, so it listens on 127.0.0.1 or localhost only.";
        }
    }
}

/// <summary>The OpenID Connect client the dashboard is registered as (<c>Web__Oidc__*</c>).</summary>
public sealed class OidcOptions
{
    public string? Authority { get; set; }
    public string? ClientId { get; set; }
    public string? ClientSecret { get; set; }
}
