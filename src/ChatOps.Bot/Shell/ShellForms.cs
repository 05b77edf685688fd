using ChatOps.Core.Messaging;

namespace ChatOps.Bot.Shell;

/// <summary>
/// Prompts a form's fields one by one and checks each answer as it is given: a yes/no must be clear, and whatever the
/// engine says of the answers so far about the field just answered is shown and the field asked again. Answers are
/// kept across corrections; <c>/cancel</c> or the end of input abandons the form.
/// </summary>
public sealed class ShellForms(ShellInput input, ShellTranscript transcript)
{
    public const string Cancel = "/cancel";

    /// <summary>
    /// The answers, or null when the form was abandoned. <paramref name="check"/> gives the engine's field errors for
    /// answers so far. With <paramref name="refused"/> (errors of a submission), only those fields are asked again.
    /// </summary>
    public async Task<Dictionary<string, string>?> AskAsync(
        Form form, Func<Dictionary<string, string>, Task<IReadOnlyDictionary<string, string>>> check,
        Dictionary<string, string>? answers = null, IReadOnlyDictionary<string, string>? refused = null, CancellationToken ct = default)
    {
        answers ??= [];
        if (refused is null) transcript.System($"{form.Title} (answer each field; {Cancel} abandons the form)");
        foreach (var field in form.Fields.Where(f => refused is null || refused.ContainsKey(f.Id)))
        {
            if (refused is not null) transcript.Reply(refused[field.Id], true);
            while (true)
            {
                ct.ThrowIfCancellationRequested();
                if (AskField(field) is not { } answer) return null;
                if (answer.Error is { } unclear)
                {
                    transcript.Reply(unclear, true);
                    continue;
                }
                answers[field.Id] = answer.Value;
                if (!(await check(answers)).TryGetValue(field.Id, out var error)) break;
                transcript.Reply(error, true);
            }
        }
        return answers;
    }

    /// <summary>The answer to one prompt (with what is unclear about it), or null when the form is abandoned.</summary>
    private (string Value, string? Error)? AskField(FormField field)
    {
        var prompt = field.Kind switch
        {
            FormFieldKind.Select => $"  {field.Label} [{string.Join(", ", field.Choices!.Select(c => c.Value))}]",
            FormFieldKind.Checkbox => $"  {field.Label} (y/N)",
            _ => $"  {field.Label}",
        };
        if (field.Initial is { } initial) prompt += $" (default {initial})";
        if (!field.Required && field.Kind != FormFieldKind.Checkbox) prompt += " (optional)";
        transcript.Prompt(prompt + ": ");
        var line = input.ReadAnswer();
        if (line is null || line.Trim() == Cancel)
        {
            transcript.System("form abandoned; nothing changed");
            return null;
        }
        var answer = line.Trim();
        if (answer.Length == 0 && field.Initial is { } value) answer = value;
        if (field.Kind == FormFieldKind.Select && int.TryParse(answer, out var n) && n >= 1 && n <= field.Choices!.Count)
            answer = field.Choices[n - 1].Value;
        if (field.Kind == FormFieldKind.Checkbox)
        {
            return answer.ToLowerInvariant() switch
            {
                "y" or "yes" or "true" => ("true", null),
                "" or "n" or "no" or "false" => ("false", null),
                _ => (answer, $"Answer y or n (or press Enter for no): is it \"{field.Label}\"?"),
            };
        }
        return (answer, null);
    }
}
