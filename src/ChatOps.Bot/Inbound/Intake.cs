using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ChatOps.Bot.Engine;
using ChatOps.Bot.Persistence;
using ChatOps.Core.Commands;
using ChatOps.Core.Engine;
using ChatOps.Core.Runbooks;

namespace ChatOps.Bot.Inbound;

/// <summary>
/// The front door every platform's requests come through: answers what the engine can answer before the
/// acknowledgement (refusals, read-only answers, forms), stores the rest in the inbox once per key, and wakes the
/// inbox worker; or claims an intent the request carries out itself.
/// </summary>
public sealed class Intake(IServiceProvider services, Runbook runbook, InboxSignal signal, TimeProvider time, ILogger<Intake> logger)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Checks that read nothing stored (a declaration's), answered without a scope, a database context or an engine per request.</summary>
    private readonly IncidentEngine _checks = IncidentEngine.ForChecks(runbook);

    /// <summary>
    /// The engine's answer when it can give one now (nothing is stored then); else the intent is stored (once per
    /// <paramref name="key"/>) for the inbox worker and null is returned. When the platform could not yet say who the
    /// person is (<paramref name="whileUnsure"/> given), only answers that do not depend on who they are (a form to
    /// fill in, a form's field errors) are given now: a refusal or a listing might be wrong, so the intent is stored to
    /// be decided once the platform has answered, and <paramref name="whileUnsure"/> is the answer.
    /// </summary>
    public async Task<CommandReply?> AdmitAsync(string platform, string key, InboundIntent intent, CommandContext context, CancellationToken ct, CommandReply? whileUnsure = null)
    {
        if (intent.Input is { } input)
        {
            var work = new UnitOfWork(context, time.GetUtcNow());
            var answer = await CheckAsync(work, input, ct);
            if (whileUnsure is not null && answer is not null && answer.Reply.Form is null && answer.Reply.FieldErrors is not { Count: > 0 })
            {
                await RecordAsync(platform, key, intent, ct);
                return whileUnsure;
            }
            // Refused before anything was stored or audited: this line is its only trace. (A refusal by the access
            // rules is audited, and logged as the engine's refused event.)
            if (answer is { IsRefusal: true })
                logger.LogInformation("refused {What} for {Actor} on {Platform} before storing it: {Why}", What(intent), context.Actor, platform, Why(answer.Reply));
            if (answer is not null) return answer.Reply;
        }
        await RecordAsync(platform, key, intent, ct);
        return null;
    }

    /// <summary>What the engine answers before acknowledging, changing nothing (see <see cref="IncidentEngine.CheckAsync"/>).</summary>
    public async Task<CommandReply?> CheckAsync(CommandContext context, EngineInput input, CancellationToken ct) =>
        (await CheckAsync(new UnitOfWork(context, time.GetUtcNow()), input, ct))?.Reply;

    private async Task<EarlyAnswer?> CheckAsync(UnitOfWork work, EngineInput input, CancellationToken ct) =>
        _checks.TryCheckWithoutState(work, input, out var answer) ? answer : await services.ReadEngineAsync(engine => engine.CheckAsync(work, input, ct));

    /// <summary>Stores the intent; false when one with the same key was already received (a retry or a double submit).</summary>
    public async Task<bool> RecordAsync(string platform, string key, InboundIntent intent, CancellationToken ct)
    {
        // Straight to the group commit, a singleton: no scope or DbContext per request on the acknowledgement's path.
        var recorded = await services.GetRequiredService<InboxGroupCommit>().RecordAsync(key, platform, intent.Kind, JsonSerializer.Serialize(intent, Json), ct);
        if (recorded) signal.Wake();
        return recorded;
    }

    /// <summary>A short, stable digest of <paramref name="text"/> for inbox keys of requests that carry no id of their own.</summary>
    public static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..32];

    public static InboundIntent? Read(string payload) => JsonSerializer.Deserialize<InboundIntent>(payload, Json);

    /// <summary>What the person tried, as the log names it: the command typed, the button pressed, the form submitted.</summary>
    private static string What(InboundIntent intent) => intent.Kind switch
    {
        InboundIntent.Command => $"'{intent.Text}'",
        InboundIntent.Press => $"button {intent.ActionId} ({intent.Value})",
        InboundIntent.Submit => $"form {intent.FormId}",
        _ => intent.Kind,
    };

    /// <summary>The refusal's first line, without the list it may introduce ("... The commands are:" and the usage).</summary>
    private static string Why(CommandReply refusal)
    {
        var first = (refusal.FailureText ?? refusal.Text).Split('\n', 2)[0].Trim();
        return first.EndsWith(':') && first.LastIndexOf(". ", StringComparison.Ordinal) is var end and > 0 ? first[..(end + 1)] : first;
    }
}
