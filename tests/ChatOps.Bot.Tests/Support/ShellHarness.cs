using ChatOps.Bot.Host;
using ChatOps.Tests.Shared;

namespace ChatOps.Bot.Tests.Support;

/// <summary>
/// Runs the real command line (<c>shell --script FILE</c>) on a real SQLite file in a temp folder, with a manual clock,
/// and returns what a user would have seen.
/// </summary>
public sealed class ShellHarness : IDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 3, 14, 9, 0, 0, TimeSpan.Zero);

    public ShellHarness()
    {
        Folder = Directory.CreateTempSubdirectory("chatops-test-").FullName;
    }

    public string Folder { get; }
    public FakeTimeProvider Time { get; } = new(Start);
    public string DatabasePath => Path.Combine(Folder, "chatops.db");
    public string PostMortemFolder => Path.Combine(Folder, "postmortems");
    public Dictionary<string, string?> Settings { get; } = [];

    // Every line ends with a new line, as a file typed by a person does, so a last empty answer is an answer.
    public Task<ShellRun> RunScriptAsync(string user, params string[] lines) => RunScriptAsync(user, string.Concat(lines.Select(l => l + '\n')));

    public async Task<ShellRun> RunScriptAsync(string user, string script)
    {
        var file = Path.Combine(Folder, $"script-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(file, script);
        return await RunAsync(["shell", "--script", file], user);
    }

    public async Task<ShellRun> RunAsync(string[] args, string user = "alice")
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:ChatOps"] = $"Data Source={DatabasePath};Pooling=False",
            ["PostMortems:Directory"] = PostMortemFolder,
            ["Shell:User"] = user,
        };
        foreach (var (key, value) in Settings) settings[key] = value;
        var exit = await BotProgram.RunAsync(args, TextReader.Null, output, error, Time, settings);
        return new ShellRun(exit, output.ToString(), error.ToString());
    }

    public string[] PostMortems() =>
        Directory.Exists(PostMortemFolder) ? Directory.GetFiles(PostMortemFolder, "*.md") : [];

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

/// <summary>What one run printed, and how it exited.</summary>
public sealed record ShellRun(int ExitCode, string Output, string Error)
{
    public override string ToString() => $"exit {ExitCode}\n{Output}\n{Error}";
}
