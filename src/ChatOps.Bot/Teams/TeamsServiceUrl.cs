using ChatOps.Bot.Teams.Connector;
using Microsoft.Extensions.Options;

namespace ChatOps.Bot.Teams;

/// <summary>
/// Where the bot's Bot Connector calls go. Teams names its tenant's service URL in every activity (and the token
/// vouches for it); the latest one is kept in the database, normalised (<see cref="ServiceUrlForm"/>), so reminders
/// after a restart go to the same place. Until one arrives, <c>Teams__ServiceUrl</c> is used.
/// </summary>
public sealed class TeamsServiceUrl(IServiceProvider services, IOptions<TeamsOptions> options)
{
    public const string SettingKey = "teams.service-url";
    private string? _current;

    public async Task<string> GetAsync(CancellationToken ct)
    {
        if (_current is { } known) return known;
        // A value stored by an earlier release may be spelled as Teams sent it.
        var stored = await TeamsSettings.GetAsync(services, SettingKey, ct);
        return _current = ServiceUrlForm.TryNormalise(stored, out var normal, out _) ? normal : ServiceUrlForm.Normalise(options.Value.ServiceUrl);
    }

    /// <summary>Remembers the service URL of a verified activity.</summary>
    public async Task LearnAsync(string serviceUrl, CancellationToken ct)
    {
        if (!ServiceUrlForm.TryNormalise(serviceUrl, out var normal, out _) || normal == await GetAsync(ct)) return;
        _current = normal;
        await TeamsSettings.SetAsync(services, SettingKey, normal, ct);
    }
}
