namespace ChatOps.Bot.Tests.Architecture;

/// <summary>
/// Observability is a leaf: the protocol clients, the outbox and the engine record into it, so it names no other type
/// of the bot (it would otherwise drag the outbox or the host into the protocol clients, or close a folder cycle).
/// </summary>
public sealed class ObservabilityTests
{
    [Fact]
    public void Observability_uses_no_other_bot_type()
    {
        var area = BotAreas.Observability;
        // Types the compiler makes (collection expressions, array initialisers) live outside any namespace.
        bool OtherBotType(Type type) => type.Assembly == BotAreas.Bot && TypeNames.TopLevel(type).Namespace is { } ns
            && (ns == BotAreas.Root || ns.StartsWith(BotAreas.Root + ".", StringComparison.Ordinal)) && !area.Contains(type);

        Assert.Contains(BotAreas.Bot.GetTypes(), area.Contains);
        Violations.AssertNone(BotAreas.Dependencies.Where(area.Contains, OtherBotType), $"No type in {area} may use another type of {BotAreas.Root}");
    }
}
