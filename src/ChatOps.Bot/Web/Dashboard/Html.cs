using System.Text.Encodings.Web;
using ChatOps.Core;

namespace ChatOps.Bot.Web.Dashboard;

/// <summary>Text made inert for HTML: every piece of user, runbook or platform text goes through <see cref="Text"/>.</summary>
public static class Html
{
    public static string Text(string? text) => HtmlEncoder.Default.Encode(text ?? "");

    public static string Time(DateTimeOffset? at) =>
        at is { } value ? $"<time datetime=\"{value.UtcDateTime:O}\">{Text(Clock.Format(value))}</time>" : "-";

    /// <summary>A query string of the non-empty values.</summary>
    public static string Query(IEnumerable<(string Key, string? Value)> values)
    {
        var parts = values.Where(v => !string.IsNullOrEmpty(v.Value)).Select(v => $"{Uri.EscapeDataString(v.Key)}={Uri.EscapeDataString(v.Value!)}").ToList();
        return parts.Count == 0 ? "" : "?" + string.Join('&', parts);
    }

    /// <summary>A hidden field carrying the anti-forgery token every form posts.</summary>
    public static string Antiforgery(Microsoft.AspNetCore.Antiforgery.AntiforgeryTokenSet tokens) =>
        $"<input type=\"hidden\" name=\"{Text(tokens.FormFieldName)}\" value=\"{Text(tokens.RequestToken)}\">";

    /// <summary>A select with a label, its options as (value, text), the current value chosen.</summary>
    public static string Select(string id, string name, string label, string? current, IEnumerable<(string Value, string Text)> options) =>
        $"<label for=\"{id}\">{Text(label)}</label><select id=\"{id}\" name=\"{name}\">"
        + string.Concat(options.Select(o => $"<option value=\"{Text(o.Value)}\"{(string.Equals(o.Value, current, StringComparison.OrdinalIgnoreCase) ? " selected" : "")}>{Text(o.Text)}</option>"))
        + "</select>";

    public static string Input(string id, string name, string label, string? value, string type = "text", string extra = "") =>
        $"<label for=\"{id}\">{Text(label)}</label><input id=\"{id}\" name=\"{name}\" type=\"{type}\" value=\"{Text(value)}\"{extra}>";
}
