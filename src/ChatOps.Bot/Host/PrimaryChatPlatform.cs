using ChatOps.Bot.Shell;
using ChatOps.Bot.Slack;
using ChatOps.Bot.Teams;

namespace ChatOps.Bot.Host;

/// <summary>
/// The chat platform work that comes from no chat is done on (an incident an alert declares opens its channel there):
/// Slack when it is configured, else Teams, else the shell.
/// </summary>
public static class PrimaryChatPlatform
{
    public static string Of(IConfiguration configuration) =>
        configuration.GetSection(SlackOptions.Section).Get<SlackOptions>() is { Configured: true } ? SlackPlatform.Name
        : TeamsServices.Read(configuration).Configured ? TeamsPlatform.Name
        : ShellSession.Platform;
}
