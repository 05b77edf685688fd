namespace ChatOps.Bot.Outbound;

/// <summary>
/// The id handed to the engine for a channel or message that does not exist yet: <c>outbox:REF</c>, where REF is
/// the creating effect's <see cref="OutboundEffect.Ref"/>. Stored incidents keep it until delivery resolves it.
/// </summary>
public static class Placeholder
{
    private const string Prefix = "outbox:";

    public static string For(string reference) => Prefix + reference;

    public static bool Is(string? id) => id is not null && id.StartsWith(Prefix, StringComparison.Ordinal);

    public static string RefOf(string placeholder) => placeholder[Prefix.Length..];

    public static string NewRef() => Guid.NewGuid().ToString("N");
}
