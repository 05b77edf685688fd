using System.Text;
using ChatOps.Core.Runbooks;

namespace ChatOps.Core.Incidents;

/// <summary>Channel names by the runbook's pattern: lowercase, letters, digits and dashes, at most 80 characters.</summary>
public static class ChannelNamer
{
    public const int MaxLength = 80;

    public static string Name(ChannelPolicy policy, int year, int sequence, string severity, string title)
    {
        var name = policy.Pattern
            .Replace("{year}", year.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Replace("{seq}", sequence.ToString("000", System.Globalization.CultureInfo.InvariantCulture))
            .Replace("{number}", Incident.FormatNumber(year, sequence))
            .Replace("{severity}", severity)
            .Replace("{slug}", Slug(title, policy.SlugLength));
        name = Clean(name);
        return name.Length <= MaxLength ? name : name[..MaxLength].TrimEnd('-');
    }

    /// <summary>A short slug of a title: lowercase ASCII words joined by dashes, cut at a word boundary.</summary>
    public static string Slug(string title, int maxLength)
    {
        var slug = Clean(title.Normalize(NormalizationForm.FormD));
        if (slug.Length > maxLength)
        {
            var cut = slug.LastIndexOf('-', maxLength);
            slug = (cut > maxLength / 2 ? slug[..cut] : slug[..maxLength]).TrimEnd('-');
        }
        return slug.Length == 0 ? "incident" : slug;
    }

    private static string Clean(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9') builder.Append(c);
            else if (char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark) continue;
            else if (builder.Length > 0 && builder[^1] != '-') builder.Append('-');
        }
        return builder.ToString().Trim('-');
    }
}
