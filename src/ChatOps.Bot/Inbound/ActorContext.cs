using ChatOps.Core.Commands;

namespace ChatOps.Bot.Inbound;

/// <summary>
/// Who acted, as far as the platform could tell: <see cref="Unsure"/> says what it could not (yet) say, such as
/// whether the person is a runbook handle mapped by email while the platform is down; null when it is all known.
/// </summary>
public sealed record ActorContext(CommandContext Context, string? Unsure = null);
