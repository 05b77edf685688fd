namespace ChatOps.Bot.Tests.FrontEnds;

/// <summary>Starts a front end by the name the theory gives it.</summary>
public static class FrontEndScripts
{
    public static async Task<IFrontEndScript> StartAsync(string frontEnd) => frontEnd switch
    {
        "shell" => new ShellScript(),
        "slack" => await SlackScript.StartAsync(),
        "teams" => await TeamsScript.StartAsync(),
        _ => throw new ArgumentOutOfRangeException(nameof(frontEnd), frontEnd, "Front ends: shell, slack, teams."),
    };
}
