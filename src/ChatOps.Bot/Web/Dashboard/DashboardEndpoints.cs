using ChatOps.Core.Runbooks;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;

namespace ChatOps.Bot.Web.Dashboard;

/// <summary>
/// Maps the dashboard under <c>/dashboard</c>: security headers on every answer (a content security policy that allows
/// only the app's own script and style, no inline script), sign-in and sign-out, and the pages, each behind the
/// signed-in person (<see cref="DashboardAuth.User"/>). A new page maps its routes in its own file and is added here
/// with one line, and to <see cref="DashboardNav"/>.
/// </summary>
public static class DashboardEndpoints
{
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    public static void MapDashboard(this WebApplication app)
    {
        app.Use(async (http, next) =>
        {
            if (http.Request.Path.StartsWithSegments(DashboardRoutes.Root))
            {
                var headers = http.Response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "same-origin";
                headers.CacheControl = "no-store";
            }
            await next(http);
        });
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapGet(DashboardRoutes.Static + "/{name}", (string name) => StaticAssets.Serve(name));
        app.MapGet(DashboardRoutes.SignIn, (HttpContext http) =>
            http.User.Identity?.IsAuthenticated == true
                ? Results.Redirect(DashboardRoutes.Incidents)
                : Results.Challenge(new AuthenticationProperties { RedirectUri = DashboardRoutes.Incidents }));
        app.MapGet(DashboardRoutes.Root + "/signed-out", () => Results.Content(
            $"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Signed out · ChatOps</title><link rel=\"stylesheet\" href=\"{DashboardRoutes.Static}/dashboard.css\"></head><body><main id=\"main\"><h1>Signed out</h1><p><a href=\"{DashboardRoutes.SignIn}\">Sign in again</a></p></main></body></html>",
            "text/html; charset=utf-8"));

        var pages = app.MapGroup(DashboardRoutes.Root).AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            var people = http.RequestServices.GetRequiredService<DashboardPeople>();
            if (DashboardAuth.Identify(http.User, people) is not { } user)
                return http.Request.Path.StartsWithSegments(DashboardRoutes.Api) || http.Request.Path.Value!.EndsWith("/events", StringComparison.Ordinal)
                    ? Results.Json(new { error = $"Sign in first: open {DashboardRoutes.SignIn} in a browser." }, statusCode: StatusCodes.Status401Unauthorized)
                    : Results.Challenge(new AuthenticationProperties { RedirectUri = http.Request.Path + http.Request.QueryString });
            http.Items[DashboardAuth.SignedInUserKey] = user;
            return await next(context);
        });
        pages.MapGet("", () => Results.Redirect(DashboardRoutes.Incidents));
        pages.MapGet("/signout", (HttpContext http, IAntiforgery antiforgery, Runbook runbook) =>
            Page(DashboardLayout.Page("Sign out", http.User(), runbook, "",
                $"<form method=\"post\" action=\"{DashboardRoutes.SignOut}\">{Html.Antiforgery(antiforgery.GetAndStoreTokens(http))}<button type=\"submit\">Sign out of the dashboard</button></form>")));
        pages.MapPost("/signout", async (HttpContext http, IAntiforgery antiforgery) =>
        {
            if (await FormRefusalAsync(http, antiforgery) is { } refused) return refused;
            await http.SignOutAsync();
            return Results.Redirect(DashboardRoutes.Root + "/signed-out");
        });
        pages.MapIncidentPages();
        pages.MapIncidentActions();
        pages.MapPostMortemPages();
        pages.MapAuditPage();
        pages.MapMetricsPage();
        pages.MapDrillsPage();
        pages.MapFollowUpsPage();
    }

    public static IResult Page(string html, int status = StatusCodes.Status200OK) => Results.Content(html, "text/html; charset=utf-8", statusCode: status);

    /// <summary>Null when the form carries its anti-forgery token; else the refusal (400) that says so.</summary>
    public static async Task<IResult?> FormRefusalAsync(HttpContext http, IAntiforgery antiforgery)
    {
        try
        {
            await antiforgery.ValidateRequestAsync(http);
            return null;
        }
        catch (AntiforgeryValidationException)
        {
            return Results.Content("This form was refused: it did not carry a valid anti-forgery token (the page may be old, or the form came from another site). Reload the page and try again.",
                "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
        }
    }
}
