using ChatOps.Bot.Engine;
using ChatOps.Bot.Outbound;
using ChatOps.Core.Commands;
using ChatOps.Core.Engine;
using ChatOps.Core.Ports;

namespace ChatOps.Bot.Workers;

/// <summary>Records what became of an email on its incident, as a unit of work of the engine (<see cref="RecordEmailOutcome"/>).</summary>
public sealed class EngineEmailOutcomes(IServiceProvider services, TimeProvider time) : IEmailOutcomes
{
    public async Task RecordAsync(MailRequest request, bool sent, string? detail, CancellationToken ct)
    {
        var work = UnitOfWork.ForBot("", time.GetUtcNow());
        await services.WithEngineAsync(work, engine => engine.HandleAsync(work, new CommandInput(new RecordEmailOutcomeCommand(request.IncidentNumber, request.Id, sent, detail)), ct), ct);
    }
}
