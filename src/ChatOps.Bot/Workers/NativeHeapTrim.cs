using System.Runtime.InteropServices;

namespace ChatOps.Bot.Workers;

/// <summary>
/// Gives the C library's free heap memory back to the system (glibc's <c>malloc_trim</c>). Native code the bot runs
/// (SQLite's page caches and statements, OpenSSL, the runtime itself) allocates with <c>malloc</c>; glibc keeps an arena
/// per thread that allocated and keeps what a burst freed inside them: after 500 declares the arenas held about 40 MB
/// of the resident set (BENCHMARKS.md, memory). Elsewhere (musl, macOS, Windows) there is nothing to call and this does
/// nothing.
/// </summary>
internal static class NativeHeapTrim
{
    private static bool _unavailable = !OperatingSystem.IsLinux();

    /// <summary>Trims every arena; false when this C library has no <c>malloc_trim</c>.</summary>
    public static bool Run()
    {
        if (Volatile.Read(ref _unavailable)) return false;
        try
        {
            MallocTrim(0);
            return true;
        }
        catch (Exception ex) when (ex is EntryPointNotFoundException or DllNotFoundException)
        {
            Volatile.Write(ref _unavailable, true);
            return false;
        }
    }

    [DllImport("libc", EntryPoint = "malloc_trim")]
    private static extern int MallocTrim(nuint pad);
}
