namespace ChatOps.Bot.Teams.Inbound;

/// <summary>Handles a verified activity by its type.</summary>
public sealed class TeamsActivityHandler
{
    public Task<TeamsAnswer> HandleAsync(TeamsActivity activity, CancellationToken ct) => Task.FromResult(TeamsAnswer.Ok);
}
