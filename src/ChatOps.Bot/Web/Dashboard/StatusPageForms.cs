using System.Text;
using ChatOps.Core.Commands;
using ChatOps.Core.Incidents;
using ChatOps.Core.Runbooks;
using ChatOps.Core.StatusPage;
using Microsoft.AspNetCore.Http;

namespace ChatOps.Bot.Web.Dashboard;

/// <summary>
/// Publishing to the status page from the incident page: an update (<c>/incident publish &lt;status&gt; --component
/// key=impact ... &lt;message&gt;</c>) and the public title (<c>/incident publish title ...</c>). Shown only when the
/// runbook has a status page; whether this incident may go public is the engine's to say.
/// </summary>
public static class StatusPageForms
{
    public const string Status = "publish-status";
    public const string Message = "publish-message";
    public const string Title = "publish-title";
    public const string ComponentPrefix = "publish-component-";

    private static readonly PublicStatus[] Statuses = [PublicStatus.Investigating, PublicStatus.Identified, PublicStatus.Monitoring, PublicStatus.Resolved];

    public static string Forms(Incident incident, Runbook runbook, string antiforgery, TypedValues typed)
    {
        if (!runbook.StatusPage.IsEnabled) return "";
        var at = DashboardRoutes.Incident(incident.Number);
        var html = new StringBuilder($"<h3>Publish to the status page</h3><form method=\"post\" action=\"{at}/publish\">{antiforgery}")
            .Append(Html.Select("p-status", Status, "Publish as", typed.Get(Status, incident.PublicStatus is { } s ? StatusWords.Of(s) : null),
                Statuses.Select(s => (StatusWords.Of(s), StatusWords.Of(s)))));
        var impacts = Enum.GetValues<ComponentStatus>().Select(s => (StatusWords.Of(s), StatusWords.Label(s))).Prepend(("", "unchanged")).ToList();
        foreach (var (component, i) in runbook.StatusPage.Components.Select((c, i) => (c, i)))
            html.Append("<span class=\"component\">").Append(Html.Select($"p-component-{i}", ComponentPrefix + component.Key, component.Name, typed.Get(ComponentPrefix + component.Key), impacts)).Append("</span>");
        html.Append($"<label for=\"p-message\">Public message</label><textarea id=\"p-message\" name=\"{Message}\" rows=\"2\" required maxlength=\"3000\">{typed.Area(Message)}</textarea>")
            .Append("<button type=\"submit\">Publish update</button></form>");
        html.Append($"<form method=\"post\" action=\"{at}/publish-title\">{antiforgery}")
            .Append(Html.Input("p-title", Title, "Public title", typed.Get(Title, incident.PublicTitle), extra: " required maxlength=\"200\""))
            .Append("<button type=\"submit\">Set public title</button></form>");
        return html.ToString();
    }

    /// <summary>The command <c>/incident publish</c> makes: a component left unchanged is not named.</summary>
    public static ParseResult ReadUpdate(IFormCollection form)
    {
        if (!StatusWords.TryParse(form[Status].ToString(), out PublicStatus status))
            return ParseResult.Fail($"Choose the public status: {StatusWords.PublicStatuses}.");
        var components = form.Keys.Where(k => k.StartsWith(ComponentPrefix, StringComparison.Ordinal) && form[k].ToString().Trim().Length > 0)
            .Select(k => new RequestedImpact(k[ComponentPrefix.Length..], form[k].ToString().Trim())).ToList();
        return new PublishCommand(PublishPart.Update, status, components, form[Message].ToString().Trim());
    }

    public static ParseResult ReadTitle(IFormCollection form) =>
        form[Title].ToString().Trim() is { Length: > 0 } title
            ? new PublishCommand(PublishPart.Title, null, [], title)
            : ParseResult.Fail("Give the public title: what customers read on the status page, without internal details.");
}
