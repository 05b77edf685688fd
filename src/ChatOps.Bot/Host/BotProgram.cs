using ChatOps.Bot.Runbooks;
using ChatOps.Bot.Shell;

namespace ChatOps.Bot.Host;

/// <summary>
/// The command line: <c>runbook check FILE</c>, <c>shell [--script FILE]</c>, or nothing (the shell, until a
/// chat platform is configured).
/// </summary>
public static class BotProgram
{
    public const string Usage = """
        usage:
          ChatOps.Bot                         start the bot (the terminal shell when no Slack or Teams credentials are set)
          ChatOps.Bot shell [--script FILE]   the terminal shell; --script reads FILE's lines as typed input
          ChatOps.Bot runbook check FILE      validate a runbook file
          ChatOps.Bot teams package OUT.zip [--app-id GUID]   build the Teams app package to upload
        """;

    public static async Task<int> RunAsync(
        string[] args, TextReader input, TextWriter output, TextWriter error, TimeProvider time,
        IEnumerable<KeyValuePair<string, string?>>? settings = null, CancellationToken ct = default)
    {
        var configuration = new ConfigurationBuilder()
            .AddEnvironmentVariables()
            .AddInMemoryCollection(settings ?? [])
            .Build();
        if (args is ["help" or "--help" or "-h", ..])
        {
            output.WriteLine(Usage);
            return 0;
        }
        // Options such as --urls go to the web host; the words before them choose what to run.
        var words = args.TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
        if (words is ["runbook", "check", .. var files]) return RunbookCheckCommand.Run(files, output, error);
        if (args is ["teams", "package", .. var rest]) return Teams.Package.TeamsPackageCommand.Run(rest, configuration, output, error);
        if (words.Count > 1 || (words.Count == 1 && words[0] != "shell"))
        {
            error.WriteLine($"Unknown command '{string.Join(' ', words)}'.\n{Usage}");
            return 2;
        }

        var loaded = RunbookSource.Load(configuration);
        if (!loaded.Ok)
        {
            foreach (var e in loaded.Errors) error.WriteLine(e.ToString());
            error.WriteLine("The runbook has errors; fix them (check with: runbook check FILE) and start again.");
            return 1;
        }
        try
        {
            return await StartAsync(configuration, loaded.Runbook!, words, args.Skip(words.Count).ToArray(), input, output, error, time, ct);
        }
        catch (Persistence.StorageException storage)
        {
            error.WriteLine(storage.Message);
            return 1;
        }
    }

    private static async Task<int> StartAsync(
        IConfiguration configuration, Core.Runbooks.Runbook runbook, List<string> words, string[] options,
        TextReader input, TextWriter output, TextWriter error, TimeProvider time, CancellationToken ct)
    {
        var slack = configuration.GetSection(Slack.SlackOptions.Section).Get<Slack.SlackOptions>() ?? new Slack.SlackOptions();
        var teams = Teams.TeamsServices.Read(configuration);
        if (words.Count == 0 && teams.Problems() is { Count: > 0 } problems)
        {
            foreach (var problem in problems) error.WriteLine(problem);
            return 1;
        }
        if (words.Count == 0 && (slack.Configured || teams.Configured)) return await BotHost.RunAsync(options, configuration, runbook, time, ct);
        return options switch
        {
            [] => await ShellApp.RunAsync(configuration, runbook, input, output, time, isScript: false, ct),
            ["--script", var file] when words.Count == 1 => await RunScriptAsync(configuration, runbook, file, output, error, time, ct),
            _ => Fail(error, $"Unexpected arguments: {string.Join(' ', words.Concat(options))}\n{Usage}"),
        };
    }

    private static async Task<int> RunScriptAsync(IConfiguration configuration, Core.Runbooks.Runbook runbook, string file, TextWriter output, TextWriter error, TimeProvider time, CancellationToken ct)
    {
        if (!File.Exists(file)) return Fail(error, $"No script file '{file}'.");
        using var reader = new StreamReader(file);
        return await ShellApp.RunAsync(configuration, runbook, reader, output, time, isScript: true, ct);
    }

    private static int Fail(TextWriter error, string message)
    {
        error.WriteLine(message);
        return 2;
    }
}
