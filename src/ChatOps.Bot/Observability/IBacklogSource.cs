namespace ChatOps.Bot.Observability;

/// <summary>Reads the <see cref="Backlog"/> (the host's database implements it); a few cheap counting queries.</summary>
public interface IBacklogSource
{
    Task<Backlog> ReadAsync(CancellationToken ct);
}
