using ChatOps.Core.Commands;

namespace ChatOps.Core.Engine;

/// <summary>
/// What the engine answers before a front end acknowledges: a refusal (<see cref="IsRefusal"/>: nothing was stored or
/// audited, so the front end's log line is its only trace), or the audited answer of a command that only reads or
/// opens a form.
/// </summary>
public sealed record EarlyAnswer(CommandReply Reply, bool IsRefusal);
