using System.Net;
using System.Net.Sockets;
using ChatOps.Tests.Shared;

namespace ChatOps.Bot.Tests.CommandLine;

/// <summary>
/// The built bot, started with one bad setting, stops with one line that names the setting and the fix and a non-zero
/// exit code: never a stack trace, never the shell instead of the chat platform that was half configured.
/// </summary>
public sealed class ConfigurationErrorTests : BotRunTest
{
    private const string AppId = "6f0b7e34-0d2c-4c1c-9d7a-3f1e0c5a9b21";

    /// <summary>Settings as <c>KEY=VALUE</c> separated by <c>|</c> (values may hold <c>=</c> and <c>;</c>), and the key the line must name.</summary>
    [Theory]
    [InlineData("ConnectionStrings__ChatOps=Data Source=chatops.db;Bogus=1", "ConnectionStrings__ChatOps")]
    [InlineData("ConnectionStrings__ChatOps=Data Source=chatops.db;Mode", "ConnectionStrings__ChatOps")]
    [InlineData("ConnectionStrings__ChatOps=Host=db.example.com;Username=chatops;Password=hunter2", "Storage__Provider=Postgres")]
    [InlineData("Storage__Provider=MySql", "Storage__Provider")]
    [InlineData("Storage__Provider=Postgres", "ConnectionStrings__ChatOps")]
    [InlineData("Storage__Provider=Postgres|ConnectionStrings__ChatOps=Data Source=chatops.db", "ConnectionStrings__ChatOps")]
    [InlineData("Storage__ClaimLease=soon", "Storage__ClaimLease")]
    [InlineData("Slack__BotToken=xoxb-1", "Slack__SigningSecret")]
    [InlineData("Slack__SigningSecret=abc", "Slack__BotToken")]
    [InlineData("Slack__AppToken=xapp-1", "Slack__BotToken")]
    [InlineData("Slack__BotToken=xoxb-1|Slack__SigningSecret=abc|Slack__PostInterval=soon", "Slack__PostInterval")]
    [InlineData("Teams__AppId=" + AppId, "Teams__AppPassword")]
    [InlineData("Teams__AppPassword=hunter2", "Teams__AppId")]
    [InlineData("Teams__AppId=" + AppId + "|Teams__AppPassword=hunter2|Teams__TenantId=contoso", "Teams__TeamId")]
    [InlineData("Slack__BotToken=xoxb-1|Slack__SigningSecret=abc|Outbox__MaxAttempts=many", "Outbox__MaxAttempts")]
    [InlineData("Email__Smtp__Host=smtp.example.com|Email__Smtp__From=incidents@example.com|Email__Smtp__User=bot|Email__Smtp__Password=hunter2|Email__Smtp__Security=ssl", "Email__Smtp__Security")]
    [InlineData("Email__Smtp__Host=smtp.example.com|Email__Smtp__From=incidents@example.com|Email__Smtp__Port=smtp", "Email__Smtp__Port")]
    [InlineData("Email__Smtp__Host=smtp.example.com", "Email__Smtp__From")]
    [InlineData("Email__Smtp__Password=hunter2", "Email__Smtp__Host")]
    public async Task A_bad_setting_stops_the_start_with_one_line_naming_it(string settings, string key)
    {
        var run = await RunAsync(Parse(settings));

        AssertStopsWithOneLineNaming(run, key);
        Assert.DoesNotContain("hunter2", run.Output + run.Error);
    }

    [Fact]
    public async Task A_post_mortem_folder_that_cannot_be_written_is_named()
    {
        var file = Path.Combine(Folder, "a-file");
        await File.WriteAllTextAsync(file, "");

        var run = await RunAsync(new Dictionary<string, string> { ["PostMortems__Directory"] = Path.Combine(file, "postmortems") });

        AssertStopsWithOneLineNaming(run, "PostMortems__Directory");
    }

    [Fact]
    public async Task A_sqlite_file_in_a_missing_folder_is_one_line()
    {
        var run = await RunAsync(new Dictionary<string, string> { ["ConnectionStrings__ChatOps"] = Path.Combine(Folder, "missing", "chatops.db") }, "shell");

        AssertStopsWithOneLineNaming(run, "ConnectionStrings__ChatOps");
        Assert.Contains("its folder exists", run.Error);
    }

    [Fact]
    public async Task A_bad_setting_also_stops_the_shell()
    {
        var run = await RunAsync(new Dictionary<string, string> { ["ConnectionStrings__ChatOps"] = "Data Source=chatops.db;Bogus=1" }, "shell");

        AssertStopsWithOneLineNaming(run, "ConnectionStrings__ChatOps");
    }

    [Fact]
    public async Task A_bad_runbook_is_reported_with_file_and_line_without_a_stack_trace()
    {
        await File.WriteAllTextAsync(Path.Combine(Folder, "broken.yaml"), "name: Broken\nseverities: []\n");

        var run = await RunAsync(new Dictionary<string, string> { ["Runbook__Path"] = "broken.yaml" });

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("broken.yaml:", run.Error);
        Assert.DoesNotContain("   at ", run.Output + run.Error);
    }

    [Fact]
    public async Task An_unreachable_postgres_server_is_one_line_and_the_summary_names_it_without_the_password()
    {
        var run = await RunAsync(new Dictionary<string, string>
        {
            ["Storage__Provider"] = "Postgres",
            ["ConnectionStrings__ChatOps"] = $"Host=127.0.0.1;Port={ClosedPort()};Database=chatops;Username=chatops;Password=hunter2",
            ["Slack__SigningSecret"] = "abc",
            ["Slack__BotToken"] = "xoxb-1",
        });

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("ConnectionStrings__ChatOps", Assert.Single(run.ErrorLines));
        Assert.Contains("Storage: PostgreSQL database 'chatops' on 127.0.0.1:", run.Output);
        Assert.DoesNotContain("hunter2", run.Output + run.Error);
        Assert.DoesNotContain("   at ", run.Output + run.Error);
    }

    [Fact]
    public async Task A_taken_port_is_one_line_that_points_at_urls()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var run = await RunAsync(
            new Dictionary<string, string> { ["Slack__SigningSecret"] = "abc", ["Slack__BotToken"] = "xoxb-1", ["Slack__ApiBaseUrl"] = "http://127.0.0.1:9/api/" },
            "--urls", $"http://127.0.0.1:{port}");

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.Contains($"127.0.0.1:{port}", line);
        Assert.Contains("--urls", line);
        Assert.DoesNotContain("   at ", run.Output + run.Error);
    }

    private static Dictionary<string, string> Parse(string settings) =>
        settings.Split('|').Select(s => s.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
