using Microsoft.AspNetCore.Http;

namespace ChatOps.Bot.Web.Dashboard;

/// <summary>
/// What a person typed into the form the engine just refused, so the page shows it again instead of losing it. Each
/// form's fields have names of their own, so a value only ever returns to the form it came from.
/// </summary>
public sealed class TypedValues(IFormCollection? form)
{
    public static readonly TypedValues None = new(null);

    /// <summary>The typed value of <paramref name="name"/>, else <paramref name="otherwise"/>.</summary>
    public string? Get(string name, string? otherwise = null) =>
        form is not null && form.TryGetValue(name, out var value) ? value.ToString() : otherwise;

    /// <summary>A textarea's content: the typed value, escaped.</summary>
    public string Area(string name) => Html.Text(Get(name));

    public bool Checked(string name) => form is not null && form.TryGetValue(name, out var value) && value.ToString() is "on" or "true";
}
