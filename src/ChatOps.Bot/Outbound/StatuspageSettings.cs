namespace ChatOps.Bot.Outbound;

/// <summary>
/// Atlassian Statuspage sync: <c>StatusPage__Atlassian__PageId</c> and <c>__ApiKey</c> turn it on, <c>__ApiBaseUrl</c>
/// (default <see cref="DefaultBaseUrl"/>) says where the API is. Neither id nor key: off. <see cref="Read"/> names each
/// wrong setting in one line; <see cref="Describe"/> never shows the key.
/// </summary>
public sealed record StatuspageSettings(string PageId, string ApiKey, Uri BaseUrl)
{
    public const string Section = "StatusPage:Atlassian";
    public static readonly Uri DefaultBaseUrl = new("https://api.statuspage.io/v1/");

    public static string Env(string key) => $"StatusPage__Atlassian__{key}";

    /// <summary>The settings, or null when the sync is off (or something is wrong: then <paramref name="problems"/> says what).</summary>
    public static StatuspageSettings? Read(IConfiguration configuration, List<string>? problems = null)
    {
        problems ??= [];
        var section = configuration.GetSection(Section);
        string? Value(string key) => section[key] is { } text && !string.IsNullOrWhiteSpace(text) ? text.Trim() : null;
        var (page, key, url) = (Value("PageId"), Value("ApiKey"), Value("ApiBaseUrl"));
        var before = problems.Count;
        if (page is null && key is not null)
            problems.Add($"{Env("ApiKey")} is set but {Env("PageId")} is not: set the page id of your Statuspage page (in its API info), or unset the key.");
        if (key is null && page is not null)
            problems.Add($"{Env("PageId")} is set but {Env("ApiKey")} is not: set an API key of your Statuspage account, or unset the page id.");
        var baseUrl = DefaultBaseUrl;
        if (url is not null && !(Uri.TryCreate(url.EndsWith('/') ? url : url + "/", UriKind.Absolute, out baseUrl!) && (baseUrl.Scheme == Uri.UriSchemeHttps || baseUrl.Scheme == Uri.UriSchemeHttp)))
            problems.Add($"{Env("ApiBaseUrl")} '{url}' is not an absolute http(s) address: write it like {DefaultBaseUrl}, or unset it for that default.");
        if (page is not null && page.Any(c => !char.IsAsciiLetterOrDigit(c)))
            problems.Add($"{Env("PageId")} '{page}' is not a Statuspage page id (letters and digits, like kctbh9vrtdwd).");
        return problems.Count > before || page is null || key is null ? null : new StatuspageSettings(page, key, baseUrl!);
    }

    /// <summary>The startup summary's line: whether the sync is on, and to which page (never the key).</summary>
    public static string Describe(StatuspageSettings? settings) => settings is null
        ? $"Atlassian Statuspage sync: off ({Env("PageId")} is not set)"
        : $"Atlassian Statuspage sync: on, page {settings.PageId} at {settings.BaseUrl} (at most 1 request a second)";
}
