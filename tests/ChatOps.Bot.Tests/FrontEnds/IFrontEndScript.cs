namespace ChatOps.Bot.Tests.FrontEnds;

/// <summary>
/// One incident, step by step, on one front end, done the way its users do it (buttons and forms where the platform
/// has them); then what the front end left behind, in a platform-neutral view.
/// </summary>
public interface IFrontEndScript : IAsyncDisposable
{
    /// <summary>Typed: <c>/incident declare SEV title</c> in the general channel.</summary>
    Task DeclareAsync(Person who, string severity, string title);

    /// <summary>The Acknowledge button on the incident card.</summary>
    Task AcknowledgeAsync(Person who);

    /// <summary>Typed <c>/incident triage</c>, then the button of each answer on the question it answers.</summary>
    Task AnswerTriageAsync(Person who, params string[] answers);

    /// <summary>The Post update button on the latest status-update reminder, and the update form filled in.</summary>
    Task UpdateAsync(Person who, string status, string message);

    /// <summary>Typed: <c>/incident escalate reason</c> in the incident channel, as are note, resolve and close.</summary>
    Task EscalateAsync(Person who, string reason);

    Task NoteAsync(Person who, string text);

    Task ResolveAsync(Person who, string summary);

    Task CloseAsync(Person who);

    /// <summary>Moves the clock on, and lets whatever fell due fire and be posted.</summary>
    Task AdvanceAsync(TimeSpan step);

    Task<IncidentOutcome> ReadOutcomeAsync();
}
