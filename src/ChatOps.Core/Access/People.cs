using System.Globalization;
using System.Text;

namespace ChatOps.Core.Access;

/// <summary>
/// People as runbooks and platforms write them: compared case-insensitively, with or without a leading <c>@</c>;
/// shown as inert text (<see cref="Plain"/>); and, where someone types one, checked to be a person at all
/// (<see cref="Refusal"/>).
/// </summary>
public static class People
{
    /// <summary>An email address is at most this long; no handle or user id is longer.</summary>
    public const int MaxLength = 254;

    /// <summary>What a person looks like, for refusals.</summary>
    public const string WhatAPersonLooksLike = "name them by @handle, user id, email or runbook handle";

    /// <summary>The punctuation a handle, user id, email or user principal name may hold besides letters and digits.</summary>
    private const string NamePunctuation = "._-'’+@";

    public static string Handle(string person) => person.Trim().TrimStart('@');

    public static bool Same(string a, string b) => string.Equals(Handle(a), Handle(b), StringComparison.OrdinalIgnoreCase);

    public static string Mention(string person) => "@" + Plain(Handle(person));

    public static string Mentions(IEnumerable<string> people) => string.Join(", ", people.Select(Mention));

    /// <summary>
    /// A person as inert plain text, whoever named them (a user, a runbook, a platform's directory): control characters
    /// and invisible formatting (bidi embeddings, overrides, isolates and marks, zero-width characters) are dropped, and
    /// every line break or run of white space is one space. Each surface then escapes its own markup.
    /// </summary>
    public static string Plain(string person)
    {
        ArgumentNullException.ThrowIfNull(person);
        var plain = new StringBuilder(person.Length);
        foreach (var rune in person.EnumerateRunes())
        {
            if (Rune.IsWhiteSpace(rune)) plain.Append(' ');
            else if (!Invisible(rune)) plain.Append(rune.ToString());
        }
        return string.Join(' ', plain.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>
    /// Why <paramref name="typed"/> cannot be a person (null when it can): a person is a handle, user id, email or user
    /// principal name, with or without a leading <c>@</c>, made of letters, digits and <c>. _ - ' + @</c>. Mention
    /// and link syntax (<c>&lt;!channel&gt;</c>, <c>&lt;@U…|x&gt;</c>), markup and invisible or control characters
    /// name nobody, so they are refused with this reason rather than stored and printed.
    /// </summary>
    public static string? Refusal(string typed)
    {
        ArgumentNullException.ThrowIfNull(typed);
        var handle = Handle(typed);
        if (handle.Length == 0) return $"Name a person: {WhatAPersonLooksLike}.";
        if (handle.EnumerateRunes().Any(Invisible))
            return $"That is not a person: it holds invisible or control characters (a bidi override, a zero-width space or the like); {WhatAPersonLooksLike}.";
        if (handle.Length > MaxLength)
            return $"That is not a person: it is {handle.Length} characters, and no handle, user id or email is over {MaxLength}; {WhatAPersonLooksLike}.";
        var odd = handle.EnumerateRunes().Where(r => !Named(r)).Select(r => r.ToString()).Distinct().ToList();
        if (odd.Count > 0)
            return $"That is not a person: a name holds letters, digits and . _ - ' + @, and this one also holds {string.Join(" ", odd.Take(5))}; {WhatAPersonLooksLike}.";
        return null;
    }

    private static bool Invisible(Rune rune) => Messaging.InvisibleText.Is(rune);

    private static bool Named(Rune rune) =>
        Rune.IsLetterOrDigit(rune)
        || Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
        || (rune.IsAscii || rune.Value == '’') && NamePunctuation.Contains((char)rune.Value);
}
