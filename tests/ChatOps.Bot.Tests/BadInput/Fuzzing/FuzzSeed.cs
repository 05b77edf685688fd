namespace ChatOps.Bot.Tests.BadInput.Fuzzing;

/// <summary>
/// The fuzzers' seed: fixed, so a failure reproduces; <c>CHATOPS_FUZZ_SEED</c> picks another to explore with, and a
/// failure names the seed and the case, whose request is rebuilt from them alone (<c>new Random(seed + case)</c>).
/// </summary>
public static class FuzzSeed
{
    public const string Variable = "CHATOPS_FUZZ_SEED";

    public static int Or(int fixedSeed) =>
        int.TryParse(Environment.GetEnvironmentVariable(Variable), out var chosen) ? chosen : fixedSeed;

    /// <summary>The mutations of case <paramref name="index"/>: its own generator, so cases do not depend on each other or on their order.</summary>
    public static Random ForCase(int seed, int index) => new(unchecked(seed + index * 7_919));
}
