using System.Text;
using System.Text.RegularExpressions;

namespace ChatOps.Bot.Tests.BadInput.Fuzzing;

/// <summary>The addresses a fuzzed request gives the bot to post to (a response_url, a serviceUrl): all must be on this machine.</summary>
public static partial class FuzzAddresses
{
    /// <summary>The first address in the request that is not on this machine, or null.</summary>
    public static string? OffMachine(FuzzRequest request)
    {
        var text = Uri.UnescapeDataString(Encoding.UTF8.GetString(request.Body));
        return Address().Matches(text).Select(m => m.Value).FirstOrDefault(a => Address().Match(a).Groups["host"].Value is not ("127.0.0.1" or "localhost"));
    }

    [GeneratedRegex(@"(response_url|serviceUrl)""?\s*[:=]\s*""?(?<url>https?://(?<host>[^/:""&]+)[^""&]*)", RegexOptions.IgnoreCase)]
    private static partial Regex Address();
}
