using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ChatOps.Tests.Shared;

/// <summary>
/// A throwaway PostgreSQL 15 cluster for tests and benchmarks: <c>initdb</c> into a temp folder, trust
/// authentication, a free loopback port, the unix socket inside the folder, durability switched off for speed;
/// stopped and deleted on dispose. As root (initdb refuses root) the server runs as the <c>postgres</c> user, or
/// <c>nobody</c>, through <c>runuser</c>. Needs the binaries of the Debian <c>postgresql-15</c> package
/// (<see cref="DefaultBinDirectory"/>, or <c>CHATOPS_PG_BIN</c>); without them it fails and says how to install them.
/// </summary>
public sealed class PostgresCluster : IAsyncDisposable
{
    public const string DefaultBinDirectory = "/usr/lib/postgresql/15/bin";
    public const string BinDirectoryVariable = "CHATOPS_PG_BIN";
    public const string User = "postgres";
    private static readonly TimeSpan ToolTimeout = TimeSpan.FromMinutes(2);

    private readonly string _bin;
    private readonly string? _runAs;
    private int _databases;

    private PostgresCluster(string bin, string? runAs, string folder)
    {
        _bin = bin;
        _runAs = runAs;
        Folder = folder;
    }

    public string Folder { get; }
    public int Port { get; private set; }
    private string DataDirectory => Path.Combine(Folder, "data");
    private string LogFile => Path.Combine(Folder, "server.log");

    public static async Task<PostgresCluster> StartAsync()
    {
        var bin = Environment.GetEnvironmentVariable(BinDirectoryVariable) is { Length: > 0 } configured ? configured : DefaultBinDirectory;
        foreach (var tool in new[] { "initdb", "pg_ctl", "createdb" })
            if (!File.Exists(Path.Combine(bin, tool)))
                throw new InvalidOperationException(
                    $"PostgreSQL 15 is not installed: {Path.Combine(bin, tool)} is missing. Install the postgresql-15 package " +
                    $"(sudo apt-get install postgresql-15; .ci/run does this) or point {BinDirectoryVariable} at a PostgreSQL bin folder.");
        var runAs = Environment.IsPrivilegedProcess ? UnprivilegedUser() : null;
        var folder = runAs is null
            ? Directory.CreateTempSubdirectory("chatops-pg-").FullName
            : (await RunAsync(RunUser, ["-u", runAs, "--", "mktemp", "-d", Path.Combine(Path.GetTempPath(), "chatops-pg-XXXXXX")], Path.GetTempPath())).Trim();
        var cluster = new PostgresCluster(bin, runAs, folder);
        try
        {
            await cluster.InitAsync();
            await cluster.StartServerAsync();
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Username={User};Database={database};Timeout=30;Command Timeout=120";

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string prefix = "chatops")
    {
        var name = $"{prefix}_{Interlocked.Increment(ref _databases)}";
        await RunAsync(Path.Combine(_bin, "createdb"), ["-h", "127.0.0.1", "-p", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-U", User, name], Folder);
        return ConnectionString(name);
    }

    public async ValueTask DisposeAsync()
    {
        if (Port != 0 && !await TryToolAsync("pg_ctl", "stop", "-D", DataDirectory, "-m", "fast", "-w", "-t", "60"))
            await TryToolAsync("pg_ctl", "stop", "-D", DataDirectory, "-m", "immediate", "-w", "-t", "60");
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
        }
    }

    private async Task InitAsync()
    {
        await ToolAsync("initdb", "-D", DataDirectory, "-U", User, "--auth=trust", "--encoding=UTF8", "--locale=C", "--no-sync");
        // Appending keeps the file's owner, so this works as root too.
        await File.AppendAllTextAsync(Path.Combine(DataDirectory, "postgresql.conf"), $"""

            listen_addresses = '127.0.0.1'
            unix_socket_directories = '{Folder}'
            max_connections = 200
            fsync = off
            synchronous_commit = off
            full_page_writes = off

            """);
    }

    /// <summary>Starts on a free port; another process can take the port between the check and the start, so it tries a few.</summary>
    private async Task StartServerAsync()
    {
        for (var attempt = 1; ; attempt++)
        {
            var port = FreePort();
            try
            {
                await ToolAsync("pg_ctl", "start", "-D", DataDirectory, "-l", LogFile, "-w", "-t", "60", "-o", $"-p {port}");
                Port = port;
                return;
            }
            catch (InvalidOperationException) when (attempt < 3)
            {
            }
            catch (InvalidOperationException ex)
            {
                var log = File.Exists(LogFile) ? await File.ReadAllTextAsync(LogFile) : "(no server log)";
                throw new InvalidOperationException($"{ex.Message}\nServer log:\n{log}", ex);
            }
        }
    }

    private Task<string> ToolAsync(string tool, params string[] args) =>
        _runAs is null
            ? RunAsync(Path.Combine(_bin, tool), args, Folder)
            : RunAsync(RunUser, ["-u", _runAs, "--", Path.Combine(_bin, tool), .. args], Folder);

    private async Task<bool> TryToolAsync(string tool, params string[] args)
    {
        try
        {
            await ToolAsync(tool, args);
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static async Task<string> RunAsync(string file, IReadOnlyList<string> args, string workingDirectory)
    {
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {file}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(ToolTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} did not finish within {ToolTimeout}.");
        }
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} failed (exit code {process.ExitCode}): {await error}{await output}");
        return await output;
    }

    private static string RunUser => new[] { "/usr/sbin/runuser", "/sbin/runuser" }.FirstOrDefault(File.Exists) ?? "runuser";

    /// <summary>The postgres account the Debian package creates, else nobody.</summary>
    private static string UnprivilegedUser() =>
        File.Exists("/etc/passwd") && File.ReadLines("/etc/passwd").Any(l => l.StartsWith($"{User}:", StringComparison.Ordinal)) ? User : "nobody";

    /// <summary>A loopback port nothing listens on right now.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
