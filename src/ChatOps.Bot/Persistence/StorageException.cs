namespace ChatOps.Bot.Persistence;

/// <summary>The database is misconfigured or cannot be reached; the message says what to fix.</summary>
public sealed class StorageException(string message, Exception? inner = null) : Exception(message, inner);
