namespace ChatOps.Core.Runbooks;

/// <summary>"Did you mean" guesses for a mistyped word: the closest candidate within a couple of typing mistakes.</summary>
public static class Suggestions
{
    public static string? Closest(string typed, IEnumerable<string> candidates)
    {
        var word = Normalise(typed);
        if (word.Length == 0) return null;
        var allowed = Math.Max(1, Math.Min(2, word.Length / 3));
        return candidates
            .Select(c => (Candidate: c, Distance: Distance(word, Normalise(c))))
            .Where(c => c.Distance <= allowed)
            .OrderBy(c => c.Distance)
            .Select(c => c.Candidate)
            .FirstOrDefault();
    }

    private static string Normalise(string text) => text.Trim().Replace("-", "").Replace("_", "").ToLowerInvariant();

    /// <summary>Levenshtein distance: insertions, deletions and substitutions.</summary>
    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            previous = current;
        }
        return previous[b.Length];
    }
}
