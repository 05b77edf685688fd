using System.Text.Json.Nodes;

namespace ChatOps.Bot.Inbound;

/// <summary>
/// A front end whose earlier releases stored intents in their own shape: an intent still waiting in the inbox when the
/// bot is upgraded is read in that shape, so an upgrade loses nothing.
/// </summary>
public interface IReadsOlderIntents
{
    /// <summary>The intent an older release stored as <paramref name="stored"/>, or null when it is not such an intent.</summary>
    InboundIntent? ReadOlder(JsonObject stored);
}
