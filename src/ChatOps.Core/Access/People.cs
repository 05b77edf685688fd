namespace ChatOps.Core.Access;

/// <summary>Compares people as runbooks and platforms write them: case-insensitive, with or without a leading <c>@</c>.</summary>
public static class People
{
    public static string Handle(string person) => person.Trim().TrimStart('@');

    public static bool Same(string a, string b) => string.Equals(Handle(a), Handle(b), StringComparison.OrdinalIgnoreCase);

    public static string Mention(string person) => "@" + Handle(person);

    public static string Mentions(IEnumerable<string> people) => string.Join(", ", people.Select(Mention));
}
