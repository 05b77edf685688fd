using ChatOps.Core.Access;
using ChatOps.Core.Audit;
using ChatOps.Core.Incidents;

namespace ChatOps.Core.Commands;

/// <summary>
/// Every command, button and form goes through here: an audit entry joins the unit of work, the access rules are
/// checked before anything changes, and the outcome (allowed, denied, failed) is stored with the entry.
/// </summary>
public sealed partial class IncidentService
{
    private AuditEntry? _entry;

    private Task<CommandReply> AuditedAsync(CommandContext context, string command, Func<Task<CommandReply>> work, CancellationToken ct) =>
        AuditedAsync(context, command, work, CommandReply.Error, reply => reply.IsError ? reply.Text : null, ct);

    private Task<FormOutcome> AuditedAsync(CommandContext context, string command, Func<Task<FormOutcome>> work, CancellationToken ct) =>
        AuditedAsync(context, command, work, text => FormOutcome.Done(CommandReply.Error(text)),
            outcome => outcome.Reply is { IsError: true } reply ? reply.Text
                : outcome.IsValid ? null
                : "the form had errors: " + string.Join("; ", outcome.FieldErrors.Select(e => $"{e.Key}: {e.Value}")), ct);

    private async Task<T> AuditedAsync<T>(
        CommandContext context, string command, Func<Task<T>> work, Func<string, T> error, Func<T, string?> failure, CancellationToken ct)
    {
        var entry = new AuditEntry(Now, context.Actor, context.Platform, command);
        _entry = entry;
        _audit.Add(entry);
        T result;
        try
        {
            result = await work();
            if (failure(result) is { } failed && entry.Outcome == AuditOutcome.Allowed) entry.Fail(failed);
        }
        catch (AccessDeniedException denied)
        {
            entry.Deny(denied.Message);
            result = error(denied.Message);
        }
        catch (IncidentRuleException rule)
        {
            entry.Fail(rule.Message);
            result = error(rule.Message);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            entry.Fail($"{ex.GetType().Name}: {ex.Message}");
            await SaveAuditQuietlyAsync(ct);
            throw;
        }
        finally
        {
            _entry = null;
        }
        await _audit.SaveAsync(ct);
        return result;
    }

    /// <summary>Stores a failure's entry if the database still can; the failure itself matters more than its record.</summary>
    private async Task SaveAuditQuietlyAsync(CancellationToken ct)
    {
        try
        {
            await _audit.SaveAfterFailureAsync(ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The original exception is rethrown by the caller; losing the audit row of a failed unit of work is the lesser harm.
        }
    }

    /// <summary>Names the incident on the audit entry and refuses, changing nothing, when the runbook does not allow the action.</summary>
    private void Authorise(CommandContext context, IncidentAction action, Incident? incident)
    {
        if (incident is not null) _entry?.About(incident.Number);
        if (AccessCheck.Refusal(runbook.Access, action, context, incident) is { } refusal) throw new AccessDeniedException(refusal);
    }

    /// <summary>Refuses anyone outside a private incident; everyone else may look.</summary>
    private void RequireVisible(CommandContext context, Incident incident)
    {
        _entry?.About(incident.Number);
        if (AccessCheck.PrivacyRefusal(runbook.Access, context, incident) is { } refusal) throw new AccessDeniedException(refusal);
    }
}
