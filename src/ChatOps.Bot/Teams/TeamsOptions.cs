namespace ChatOps.Bot.Teams;

/// <summary>
/// Teams settings (<c>Teams__AppId</c>, <c>Teams__AppPassword</c>, <c>Teams__TenantId</c>, <c>Teams__TeamId</c>, ...).
/// Every outbound address can be overridden for tests and sovereign clouds.
/// </summary>
public sealed class TeamsOptions
{
    public const string Section = "Teams";
    public const string BotFrameworkOpenIdMetadata = "https://login.botframework.com/v1/.well-known/openidconfiguration";
    public const string BotFrameworkIssuer = "https://api.botframework.com";
    public const string DefaultGraphBaseUrl = "https://graph.microsoft.com/v1.0/";
    public const string DefaultServiceUrl = "https://smba.trafficmanager.net/teams/";

    /// <summary>The bot's Microsoft App ID (the Entra app registration's client id); tokens must be issued for it.</summary>
    public string AppId { get; set; } = "";

    /// <summary>The app registration's client secret.</summary>
    public string AppPassword { get; set; } = "";

    /// <summary>The Entra tenant (directory) id the bot and its team live in.</summary>
    public string TenantId { get; set; } = "";

    /// <summary>The team (its Microsoft 365 group id) where incident channels are created.</summary>
    public string TeamId { get; set; } = "";

    /// <summary>The channel id (<c>19:...@thread.tacv2</c>) where declarations are announced.</summary>
    public string AnnounceChannelId { get; set; } = "";

    public string OpenIdMetadataUrl { get; set; } = BotFrameworkOpenIdMetadata;

    /// <summary>Defaults to Entra ID's v2 token endpoint for <see cref="TenantId"/>.</summary>
    public string TokenEndpoint { get; set; } = "";

    public string GraphBaseUrl { get; set; } = DefaultGraphBaseUrl;

    /// <summary>
    /// Where proactive posts go until a Teams request has told the bot its tenant's own service URL (which is then kept
    /// in the database).
    /// </summary>
    public string ServiceUrl { get; set; } = DefaultServiceUrl;

    /// <summary>Runbook handles to Entra users, by object id or user principal name, e.g. <c>Teams__People__cto=cto@example.com</c>.</summary>
    public Dictionary<string, string> People { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Least time between two posts to one conversation: Teams allows about 7 a second per thread.</summary>
    public TimeSpan PostInterval { get; set; } = TimeSpan.FromMilliseconds(150);

    /// <summary>
    /// How long a card button's invoke waits for the press to be carried out before it is answered "still working"
    /// (the stored press is carried out all the same): Teams wants an answer within 3 seconds, and checking the token
    /// and rendering the card take some of them. Wall-clock time.
    /// </summary>
    public TimeSpan InvokeTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How many times a throttled or briefly unavailable call (429, 412, 502, 504) is retried in place.</summary>
    public int MaxRetries { get; set; } = 4;

    /// <summary>
    /// The longest wait spent in place before a retry; a service asking for more fails the call with its
    /// <c>Retry-After</c>, and the durable outbox tries again then without holding a worker.
    /// </summary>
    public TimeSpan MaxRetryWait { get; set; } = TimeSpan.FromSeconds(10);

    public bool Configured => AppId.Length > 0 && AppPassword.Length > 0;

    public string EffectiveTokenEndpoint =>
        TokenEndpoint.Length > 0 ? TokenEndpoint : $"https://login.microsoftonline.com/{TenantId}/oauth2/v2.0/token";

    /// <summary>What is missing for a configured bot to work, as the variables to set.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (AppId.Length > 0 && AppPassword.Length == 0)
            return ["Teams__AppId is set but Teams__AppPassword is not: set Teams__AppPassword to the app registration's client secret, or unset Teams__AppId to run without Teams."];
        if (AppPassword.Length > 0 && AppId.Length == 0)
            return ["Teams__AppPassword is set but Teams__AppId is not: set Teams__AppId to the app registration's Application (client) ID."];
        if (!Configured) return problems;
        if (TenantId.Length == 0 && TokenEndpoint.Length == 0) problems.Add("Teams__TenantId is not set: set it to your Entra tenant (directory) id.");
        if (TeamId.Length == 0) problems.Add("Teams__TeamId is not set: set it to the group id of the team where incident channels are created.");
        foreach (var (key, value) in new[] { ("OpenIdMetadataUrl", OpenIdMetadataUrl), ("GraphBaseUrl", GraphBaseUrl), ("ServiceUrl", ServiceUrl), ("TokenEndpoint", EffectiveTokenEndpoint) })
            if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
                problems.Add($"Teams__{key} '{value}' is not an absolute http(s) URL.");
        return problems;
    }
}
