using System.Globalization;
using ChatOps.Core.Access;
using ChatOps.Core.Commands;
using ChatOps.Core.Incidents;
using ChatOps.Core.Learning;
using Microsoft.AspNetCore.Http;

namespace ChatOps.Bot.Web.Dashboard;

/// <summary>
/// Adding an action item (<c>/incident action add &lt;owner&gt; &lt;due&gt; &lt;text&gt;</c>) and marking one done
/// (<c>/incident action done N</c>): the form, and the command it becomes, read as chat reads it.
/// </summary>
public static class ActionItemForms
{
    public const string Owner = "action-owner";
    public const string Due = "action-due";
    public const string What = "action-text";
    public const string Number = "action-number";

    public static string Add(Incident incident, string antiforgery, TypedValues typed) =>
        $"<form method=\"post\" action=\"{DashboardRoutes.Incident(incident.Number)}/actions\">{antiforgery}"
        + Html.Input("a-owner", Owner, "Owner", typed.Get(Owner), extra: " required maxlength=\"254\" placeholder=\"@bob or a runbook handle\"")
        + Html.Input("a-due", Due, "Due", typed.Get(Due), extra: $" required maxlength=\"20\" placeholder=\"2026-12-20, 3d or 2w\" title=\"{Html.Text(DueText.Examples)}\"")
        + $"<label for=\"a-text\">Action</label><textarea id=\"a-text\" name=\"{What}\" rows=\"1\" required maxlength=\"3000\">{typed.Area(What)}</textarea>"
        + "<button type=\"submit\">Add action item</button></form>";

    /// <summary>The command chat's <c>action add</c> makes, refusing an owner that names nobody as chat does.</summary>
    public static ParseResult ReadAdd(IFormCollection form)
    {
        var owner = form[Owner].ToString().Trim();
        if (owner.Length > 0 && People.Refusal(owner) is { } refusal) return ParseResult.Fail($"Owner: {refusal}");
        return new ActionItemCommand(owner, form[Due].ToString().Trim(), form[What].ToString().Trim(), null);
    }

    public static ParseResult ReadDone(IFormCollection form) =>
        int.TryParse(form[Number].ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1
            ? new ActionItemCommand(null, null, null, number)
            : ParseResult.Fail("Choose the action item to mark done by its number.");
}
