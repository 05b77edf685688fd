namespace ChatOps.Core.Commands;

/// <summary>How button presses and form submissions are written in the audit log (commands describe themselves).</summary>
public static class CommandText
{
    /// <summary>A button press: its action id and the value it carried.</summary>
    public static string Button(string actionId, string value) => $"[button] {actionId} {value}".TrimEnd();

    /// <summary>A form submission: its id and its short fields (long texts such as impact stay out of the log).</summary>
    public static string Form(string formId, IReadOnlyDictionary<string, string> values) =>
        Join($"[form] {formId}", Join([.. ShortFields.Where(f => values.TryGetValue(f, out var v) && !string.IsNullOrWhiteSpace(v)).Select(f => $"{f}={values[f].Trim()}")]));

    private static readonly string[] ShortFields =
        [Messaging.IncidentForms.Severity, Messaging.IncidentForms.Kind, Messaging.IncidentForms.Private, Messaging.IncidentForms.Status, Messaging.IncidentForms.Title];

    private static string Join(params string?[] parts) => string.Join(' ', parts.Where(p => !string.IsNullOrWhiteSpace(p)));
}
