using System.Text.RegularExpressions;
using ChatOps.Bot.Engine;
using ChatOps.Bot.Outbound;
using ChatOps.Bot.Persistence;
using ChatOps.Bot.Slack;
using ChatOps.Bot.Teams;

namespace ChatOps.Bot.Host;

/// <summary>
/// The settings checked before anything starts: each mistake is one line that names the variable and the fix, so a
/// bad setting stops the bot at once, not with a stack trace, and half a platform configuration does not quietly
/// start the shell instead.
/// </summary>
public static partial class StartupChecks
{
    /// <summary>What stops the start, one line each; <paramref name="chat"/> when Slack and Teams settings count (not for <c>shell</c>).</summary>
    public static IReadOnlyList<string> Problems(IConfiguration configuration, bool chat)
    {
        var problems = new List<string>();
        try
        {
            StorageOptions.Read(configuration);
        }
        catch (StorageException storage)
        {
            problems.Add(storage.Message);
        }
        if (FilePostMortemArchive.Problem(configuration) is { } archive) problems.Add(archive);
        Email.SmtpSettings.Read(configuration, problems);
        StatuspageSettings.Read(configuration, problems);
        if (Bind<Web.Dashboard.DashboardOptions>(configuration, Web.Dashboard.DashboardOptions.Section, problems) is { } web) problems.AddRange(web.Problems());
        if (!chat) return problems;
        if (Bind<SlackOptions>(configuration, SlackOptions.Section, problems) is { } slack) problems.AddRange(slack.Problems());
        if (Bind<TeamsOptions>(configuration, TeamsOptions.Section, problems) is { } teams) problems.AddRange(teams.Problems());
        Bind<OutboxOptions>(configuration, OutboxOptions.Section, problems);
        Bind<Alerts.AlertOptions>(configuration, Alerts.AlertOptions.Section, problems);
        return problems;
    }

    /// <summary>The section's settings, or null with the value that cannot be read (<c>Slack__PostInterval 'soon'</c>) added to <paramref name="problems"/>.</summary>
    private static T? Bind<T>(IConfiguration configuration, string section, List<string> problems) where T : class, new()
    {
        try
        {
            return configuration.GetSection(section).Get<T>() ?? new T();
        }
        catch (InvalidOperationException ex) when (KeyOf().Match(ex.Message) is { Success: true } match)
        {
            var key = match.Groups["key"].Value;
            problems.Add($"{key.Replace(":", "__", StringComparison.Ordinal)} '{configuration[key]}' is not {Kind(match.Groups["type"].Value)}: correct it, or unset it for the default.");
            return null;
        }
    }

    private static string Kind(string type) => type switch
    {
        "System.TimeSpan" => "a duration (hh:mm:ss)",
        "System.Int32" or "System.Int64" => "a whole number",
        "System.Boolean" => "true or false",
        _ => $"a valid {type.Split('.')[^1]}",
    };

    // The binder's own wording: "Failed to convert configuration value at 'Slack:PostInterval' to type 'System.TimeSpan'."
    [GeneratedRegex("at '(?<key>[^']+)' to type '(?<type>[^']+)'")]
    private static partial Regex KeyOf();
}
