using ChatOps.Core.Probes;
using ChatOps.Core.Runbooks;

namespace ChatOps.Bot.Workers;

/// <summary>
/// A probe's request headers, valued from configuration (environment variables included) by the names the runbook
/// gives: the runbook never holds a secret, and a probe whose variable is unset is not sent at all (never with an
/// empty secret) but fails saying which variable to set.
/// </summary>
public sealed class ProbeHeaders(IConfiguration configuration)
{
    /// <summary>The headers to send, or null when a variable is missing.</summary>
    public IReadOnlyDictionary<string, string>? Read(Probe probe)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (header, variable) in probe.HeaderVariables)
        {
            if (configuration[variable] is not { Length: > 0 } value) return null;
            headers[header] = value;
        }
        return headers;
    }

    /// <summary>The failing result of a probe that was not sent for want of a variable.</summary>
    public ProbeReading Missing(Probe probe, DateTimeOffset at)
    {
        var (header, variable) = probe.HeaderVariables.First(h => configuration[h.Value] is not { Length: > 0 });
        var failure = $"not sent: the environment variable {variable} (for header {header}) is not set; set it where the bot runs";
        return new ProbeReading(probe.Name, false, null, failure, 0, "", at, $"{probe.Name}: failing: {failure}");
    }
}
