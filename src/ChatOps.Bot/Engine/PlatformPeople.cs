using ChatOps.Core.Ports;

namespace ChatOps.Bot.Engine;

/// <summary>A chat platform's directory of people, by the platform's name.</summary>
public sealed record PlatformPeople(string Platform, IPeopleDirectory Directory);
