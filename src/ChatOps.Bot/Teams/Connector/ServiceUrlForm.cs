using System.Text.RegularExpressions;

namespace ChatOps.Bot.Teams.Connector;

/// <summary>
/// A Bot Connector service URL in one spelling, so the URL an activity names can be compared with the token's
/// <c>serviceurl</c> claim and the connector's paths (<c>v3/...</c>) join it cleanly: http or https only, no user
/// info, query or fragment; scheme and host in lower case, the default port dropped, repeated slashes in the path
/// collapsed, and exactly one trailing slash. <c>HTTP://Host:443//teams//</c> is <c>http://host:443/teams/</c>.
/// </summary>
public static partial class ServiceUrlForm
{
    [GeneratedRegex("/{2,}")]
    private static partial Regex RepeatedSlashes();

    /// <summary>The URL in its one spelling; false, with what is wrong, when it is not a URL a connector can be at.</summary>
    public static bool TryNormalise(string? text, out string normal, out string problem)
    {
        normal = "";
        problem = Problem(text, out var uri) ?? "";
        if (uri is null || problem.Length > 0) return false;
        var port = uri.IsDefaultPort ? "" : $":{uri.Port}";
        var path = RepeatedSlashes().Replace(uri.AbsolutePath, "/").TrimEnd('/') + "/";
        normal = $"{uri.Scheme.ToLowerInvariant()}://{uri.Host.ToLowerInvariant()}{port}{path}";
        return true;
    }

    /// <summary>
    /// Whether two normalised service URLs name the same connector: equal, the path's letter case aside (Teams has sent
    /// its service URL in other cases than the token's claim).
    /// </summary>
    public static bool Same(string normalA, string normalB) => string.Equals(normalA, normalB, StringComparison.OrdinalIgnoreCase);

    /// <summary>The URL in its one spelling, or an <see cref="ArgumentException"/> saying what is wrong with it.</summary>
    public static string Normalise(string text) =>
        TryNormalise(text, out var normal, out var problem) ? normal : throw new ArgumentException($"'{text}' is not a Bot Connector service URL: {problem}.", nameof(text));

    private static string? Problem(string? text, out Uri? uri)
    {
        uri = null;
        if (string.IsNullOrWhiteSpace(text)) return "it is empty";
        if (!Uri.TryCreate(text.Trim(), UriKind.Absolute, out uri)) return "it is not an absolute URL";
        if (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp) return "it must be an http or https URL";
        if (uri.UserInfo.Length > 0) return "it must not carry a user name or password";
        if (uri.Query.Length > 0 || text.Contains('?', StringComparison.Ordinal)) return "it must not have a query";
        if (uri.Fragment.Length > 0 || text.Contains('#', StringComparison.Ordinal)) return "it must not have a fragment";
        return uri.Host.Length == 0 ? "it has no host" : null;
    }
}
