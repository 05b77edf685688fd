using System.Reflection;
using ChatOps.Bot.Runbooks;
using ChatOps.Bot.Shell;

namespace ChatOps.Bot.Host;

/// <summary>
/// The command line: <c>runbook check FILE</c>, <c>teams package OUT.zip</c>, <c>shell [--script FILE]</c>, or nothing:
/// the web host when Slack or Teams is configured, else the shell. A bad setting or any other failure to start is one
/// line on standard error and a non-zero exit code, never a stack trace (unless <c>--verbose</c>).
/// </summary>
public static class BotProgram
{
    public const string Usage = """
        usage:
          ChatOps.Bot [--urls URLS]                start the bot: the web host when Slack or Teams is configured, else the shell
          ChatOps.Bot shell [--script FILE]        the terminal shell; --script reads FILE's lines as typed input, then exits
          ChatOps.Bot shell --scratch [--script FILE]
                                                   the shell on a throwaway database and post-mortem folder, deleted at exit:
                                                   rehearse and drill without touching real incidents or the saved clock
          ChatOps.Bot runbook check FILE           validate a runbook (errors name the file, line and field)
          ChatOps.Bot teams package OUT.zip [--app-id GUID]
                                                   build the Teams app package to upload
          ChatOps.Bot --help | --version
        """;

    public const string Help = "ChatOps, the incident-response bot (from a clone: dotnet run --project src/ChatOps.Bot -- ARGS)\n\n" + Usage + """


        options:
          --urls URLS      where the web host listens, e.g. http://0.0.0.0:8080 (or ASPNETCORE_URLS); Slack or Teams only
          --no-web         start no web dashboard (the shell and local mode start one on Web__Urls, default http://127.0.0.1:8765)
          --verbose        log at Debug, and print the whole error when the bot cannot start
          --version        print the version
          --help, -h       print this help

        settings (environment variables; the README's "Configuration" has them all):
          Slack__BotToken               the Slack app's Bot User OAuth Token (xoxb-...)
          Slack__SigningSecret          verifies Slack's HTTP requests; with Slack__BotToken, starts the Slack endpoints
          Slack__AppToken               app-level token (xapp-...); with Slack__BotToken, Socket Mode (no public URL)
          Slack__AnnounceChannel        the channel id where declarations are announced
          Teams__AppId                  the Entra app registration's client id; with Teams__AppPassword, starts Teams
          Teams__AppPassword            the app registration's client secret
          Teams__TenantId               the Entra tenant (directory) id
          Teams__TeamId                 the team (group id) where incident channels are created
          Teams__AnnounceChannelId      the channel id (19:...@thread.tacv2) where declarations are announced
          Alerts__Token                 the bearer token alert webhooks send (Alertmanager; Grafana may); unset, refused
          Alerts__Grafana__Secret, Alerts__PagerDuty__Secret, Alerts__Sentry__Secret
                                        verify Grafana, PagerDuty and Sentry webhooks by signature; unset, refused
          Storage__Provider             Sqlite (default) or Postgres
          ConnectionStrings__ChatOps    SQLite: a file path or connection string (default chatops.db); Postgres: required
          Runbook__Path                 the runbook file (default: the embedded runbooks/default.yaml)
          PostMortems__Directory        where post-mortems are written (default postmortems)
          Shell__User                   who you are in the shell (default: your OS user name)
          Web__Oidc__Authority, Web__Oidc__ClientId, Web__Oidc__ClientSecret
                                        sign in to the web dashboard with this OpenID Connect provider; unset, local mode
          Web__Urls                     where the local-mode dashboard listens (loopback only; default http://127.0.0.1:8765)
          Logging__LogLevel__Default    Information (default), Debug, Warning, ...; also Logging__LogLevel__<category>
          Logging__Console__FormatterName   json for one JSON object per log line (default: one plain line)
        """;

    /// <summary>The option that starts no web dashboard.</summary>
    public const string NoWeb = "--no-web";

    public const string UrlsWithoutWebHost =
        "--urls is for the web host, which starts when Slack or Teams is configured (Slack__BotToken with Slack__SigningSecret or Slack__AppToken, or Teams__AppId with Teams__AppPassword); the shell listens on nothing.";

    /// <summary>The assembly's informational version: the package version and, when built from git, the commit.</summary>
    public static string Version =>
        typeof(BotProgram).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(BotProgram).Assembly.GetName().Version?.ToString() ?? "unknown";

    public static async Task<int> RunAsync(
        string[] args, TextReader input, TextWriter output, TextWriter error, TimeProvider time,
        IEnumerable<KeyValuePair<string, string?>>? settings = null, CancellationToken ct = default)
    {
        var verbose = args.Contains("--verbose");
        var web = !args.Contains(NoWeb);
        args = args.Where(a => a != "--verbose" && a != NoWeb).ToArray();
        var configuration = new ConfigurationBuilder()
            .AddEnvironmentVariables()
            .AddInMemoryCollection(settings ?? [])
            .AddInMemoryCollection(verbose ? [new("Logging:LogLevel:Default", "Debug")] : [])
            .Build();
        try
        {
            return await RunCommandAsync(args, configuration, input, output, error, time, ct, web);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            return 130;
        }
        catch (Persistence.StorageException storage) when (!verbose)
        {
            error.WriteLine(storage.Message);
            return 1;
        }
        catch (IOException taken) when (taken.InnerException is Microsoft.AspNetCore.Connections.AddressInUseException && !verbose)
        {
            error.WriteLine($"{OneLine(taken.Message)} Choose another address with --urls (or ASPNETCORE_URLS), or stop what listens there.");
            return 1;
        }
        catch (Exception ex)
        {
            var debug = verbose || configuration["Logging:LogLevel:Default"] is { } level && (level.Equals("Debug", StringComparison.OrdinalIgnoreCase) || level.Equals("Trace", StringComparison.OrdinalIgnoreCase));
            error.WriteLine(debug
                ? ex.ToString()
                : $"ChatOps stopped: {OneLine(ex.Message).TrimEnd('.')} ({ex.GetType().Name}). Run with --verbose (or Logging__LogLevel__Default=Debug) for details.");
            return 1;
        }
    }

    private static async Task<int> RunCommandAsync(
        string[] args, IConfiguration configuration, TextReader input, TextWriter output, TextWriter error, TimeProvider time, CancellationToken ct, bool web = true)
    {
        if (args is ["help", ..] || args.Contains("--help") || args.Contains("-h"))
        {
            output.WriteLine(Help);
            return 0;
        }
        if (args is ["--version"])
        {
            output.WriteLine($"ChatOps {Version}");
            return 0;
        }
        // The words before the first option choose what to run; options such as --urls go to the web host.
        var words = args.TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
        var options = args.Skip(words.Count).ToArray();
        if (words is ["runbook", "check", .. var files]) return RunbookCheckCommand.Run(files, output, error);
        if (args is ["teams", "package", .. var rest]) return Teams.Package.TeamsPackageCommand.Run(rest, configuration, output, error);
        if (words is not ([] or ["shell"])) return Fail(error, $"Unknown command '{string.Join(' ', words)}'.\n{Usage}\nRun with --help for the settings.");

        var shell = words is ["shell"];
        if (options.Contains("--scratch") && !shell) return Fail(error, "--scratch is an option of the shell: ChatOps.Bot shell --scratch [--script FILE].");
        using var scratch = shell && options.Contains("--scratch") ? ScratchSpace.Create() : null;
        options = options.Where(o => o != "--scratch").ToArray();
        if (scratch is not null)
        {
            configuration = scratch.Over(configuration);
            output.WriteLine(scratch.Notice);
        }
        var chat = !shell && StartsWebHost(configuration);
        if (!chat && options is not ([] or ["--script", _]))
            return Fail(error, options.Contains("--urls") ? UrlsWithoutWebHost : $"Unexpected arguments: {string.Join(' ', args)}\n{Usage}");
        if (!shell && options is ["--script", _]) return Fail(error, "--script is an option of the shell: ChatOps.Bot shell --script FILE.");

        var loaded = RunbookSource.Load(configuration);
        if (!loaded.Ok)
        {
            foreach (var e in loaded.Errors) error.WriteLine(e.ToString());
            error.WriteLine("The runbook has errors; fix them (check with: runbook check FILE) and start again.");
            return 1;
        }
        if (StartupChecks.Problems(configuration, chat: !shell) is { Count: > 0 } problems)
        {
            foreach (var problem in problems) error.WriteLine(problem);
            return 1;
        }
        if (chat) return await BotHost.RunAsync(options, configuration, loaded.Runbook!, time, ct, web);
        return options is ["--script", var file]
            ? await RunScriptAsync(configuration, loaded.Runbook!, file, output, error, time, ct)
            : await ShellApp.RunAsync(configuration, loaded.Runbook!, input, output, time, isScript: false, ct, web);
    }

    /// <summary>Slack or Teams is configured, or half configured (which the checks then refuse rather than start the shell).</summary>
    private static bool StartsWebHost(IConfiguration configuration) =>
        new[] { "Slack:BotToken", "Slack:SigningSecret", "Slack:AppToken", "Teams:AppId", "Teams:AppPassword" }
            .Any(key => !string.IsNullOrEmpty(configuration[key]));

    private static async Task<int> RunScriptAsync(IConfiguration configuration, Core.Runbooks.Runbook runbook, string file, TextWriter output, TextWriter error, TimeProvider time, CancellationToken ct)
    {
        if (!File.Exists(file)) return Fail(error, $"No script file '{file}'.");
        using var reader = new StreamReader(file);
        return await ShellApp.RunAsync(configuration, runbook, reader, output, time, isScript: true, ct);
    }

    private static string OneLine(string message) => string.Join(' ', message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static int Fail(TextWriter error, string message)
    {
        error.WriteLine(message);
        return 2;
    }
}
