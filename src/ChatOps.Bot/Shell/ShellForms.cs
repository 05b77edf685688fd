using ChatOps.Core.Messaging;

namespace ChatOps.Bot.Shell;

/// <summary>Prompts a form's fields one by one; <c>/cancel</c> or the end of input abandons it.</summary>
public sealed class ShellForms(ShellInput input, ShellTranscript transcript)
{
    public const string Cancel = "/cancel";

    /// <summary>The answers, or null when the form was abandoned. Only <paramref name="only"/> fields are asked, when given.</summary>
    public Dictionary<string, string>? Ask(Form form, Dictionary<string, string>? answers = null, IReadOnlyDictionary<string, string>? only = null)
    {
        answers ??= [];
        if (only is null) transcript.System($"{form.Title} (answer each field; {Cancel} abandons the form)");
        foreach (var field in form.Fields.Where(f => only is null || only.ContainsKey(f.Id)))
        {
            if (only is not null) transcript.Reply($"{field.Label}: {only[field.Id]}", true);
            var answer = AskField(field);
            if (answer is null) return null;
            answers[field.Id] = answer;
        }
        return answers;
    }

    private string? AskField(FormField field)
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
        return answer;
    }
}
