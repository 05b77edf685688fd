using System.Runtime.InteropServices;

namespace ChatOps.Bench;

/// <summary>What the numbers were measured on.</summary>
public sealed record Machine(string Cpu, int Cores, double MemoryGb, string Os, string Runtime, double LoadAverageAtStart)
{
    public static Machine Describe() => new(
        ReadProc("/proc/cpuinfo", "model name") ?? RuntimeInformation.ProcessArchitecture.ToString(),
        Environment.ProcessorCount,
        Math.Round(GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1024.0 / 1024 / 1024, 1),
        RuntimeInformation.OSDescription,
        RuntimeInformation.FrameworkDescription,
        LoadAverage());

    public override string ToString() => $"{Cpu}, {Cores} cores, {MemoryGb} GB, {Os}, {Runtime}, load average {LoadAverageAtStart} at start";

    /// <summary>The one-minute load average: above a few tenths, something else was using the machine.</summary>
    public static double LoadAverage() =>
        File.Exists("/proc/loadavg") && double.TryParse(File.ReadAllText("/proc/loadavg").Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture, out var load) ? load : double.NaN;

    private static string? ReadProc(string file, string key) =>
        File.Exists(file) ? File.ReadLines(file).FirstOrDefault(l => l.StartsWith(key, StringComparison.Ordinal))?.Split(':', 2)[1].Trim() : null;
}
