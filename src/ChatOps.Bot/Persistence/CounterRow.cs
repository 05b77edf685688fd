namespace ChatOps.Bot.Persistence;

/// <summary>A named number that only goes up, incremented atomically (incident sequence numbers per year).</summary>
public sealed class CounterRow
{
    public string Name { get; set; } = "";
    public long Value { get; set; }
}
