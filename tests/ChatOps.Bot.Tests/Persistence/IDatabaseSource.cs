namespace ChatOps.Bot.Tests.Persistence;

/// <summary>Makes new, empty databases of one provider for storage tests.</summary>
public interface IDatabaseSource
{
    /// <summary>The bot's settings (<c>Storage:Provider</c>, <c>ConnectionStrings:ChatOps</c>) for a new, empty database.</summary>
    Task<Dictionary<string, string?>> NewDatabaseAsync();
}
