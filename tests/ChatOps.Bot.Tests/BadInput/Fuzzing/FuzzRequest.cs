using System.Text;

namespace ChatOps.Bot.Tests.BadInput.Fuzzing;

/// <summary>One fuzzed request: which published payload it came from, what was done to it, and what is sent.</summary>
public sealed record FuzzRequest(int Index, string Base, string Path, string ContentType, byte[] Body, IReadOnlyList<string> Applied)
{
    /// <summary>How a failure shows it: enough to see the case, and the seed and index rebuild it exactly.</summary>
    public string Describe(int seed)
    {
        var body = Encoding.UTF8.GetString(Body);
        var shown = body.Length > 1_500 ? body[..1_500] + $"… ({Body.Length:N0} bytes)" : body;
        return $"seed {seed}, case {Index}: {Base} -> {Path}\n  mutations: {(Applied.Count == 0 ? "none" : string.Join("; ", Applied))}\n  body: {shown}";
    }
}
