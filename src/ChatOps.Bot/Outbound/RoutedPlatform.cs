using ChatOps.Core.Ports;

namespace ChatOps.Bot.Outbound;

/// <summary>A chat platform the outbox delivers through, with its name and how to tell its channel ids.</summary>
public sealed record RoutedPlatform(string Name, IChatPlatform Platform, Func<string, bool> Owns);
