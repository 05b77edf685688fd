using System.Security.Cryptography;
using System.Text;

namespace ChatOps.Core.Incidents;

/// <summary>What a person wrote in one of the post-mortem's own sections (the runbook's, e.g. "Root cause"), by whom and when.</summary>
public sealed record PostMortemNote(string Section, string Text, string By, DateTimeOffset At)
{
    /// <summary>A short digest of a section's text: an edit names the text it started from, so it never overwrites a newer one.</summary>
    public static string Digest(string? text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text ?? "")))[..16];
}
