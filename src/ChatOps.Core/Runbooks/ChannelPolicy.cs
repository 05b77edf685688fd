namespace ChatOps.Core.Runbooks;

/// <summary>
/// How incident channels are named (<c>{year}</c>, <c>{seq}</c>, <c>{number}</c>, <c>{severity}</c>, <c>{slug}</c>)
/// and where declarations are announced.
/// </summary>
public sealed record ChannelPolicy(string Pattern, int SlugLength, string Announce);
