namespace ChatOps.Core.Access;

/// <summary>The runbook's access rules refuse the action; the message says who may and whom to ask. Nothing changed.</summary>
public sealed class AccessDeniedException(string message) : Exception(message);
