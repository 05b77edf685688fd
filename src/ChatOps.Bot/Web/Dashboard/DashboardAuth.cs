using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace ChatOps.Bot.Web.Dashboard;

/// <summary>
/// How people sign in to the dashboard: through the OpenID Connect provider (authorization code flow, the session in a
/// cookie that is HttpOnly, SameSite=Lax and Secure over HTTPS), or, with none configured, as the shell user in local
/// mode (<see cref="LocalSignIn"/>). Sign-in sessions run on the wall clock, whatever clock incidents run on.
/// </summary>
public static class DashboardAuth
{
    public const string CookieName = "chatops.dashboard";
    public const string SignedInUserKey = "chatops.dashboard.user";

    public static IServiceCollection AddDashboardAuth(this IServiceCollection services, DashboardOptions options, string localUser)
    {
        if (!options.UsesOidc)
        {
            services.AddAuthentication(LocalSignIn.SchemeName)
                .AddScheme<LocalSignInOptions, LocalSignIn>(LocalSignIn.SchemeName, o => o.User = localUser);
            services.AddAuthorization();
            return services;
        }
        var oidc = options.Oidc;
        services.AddAuthentication(o =>
            {
                o.DefaultScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                o.DefaultChallengeScheme = OpenIdConnectDefaults.AuthenticationScheme;
            })
            .AddCookie(o =>
            {
                o.TimeProvider = TimeProvider.System;
                o.Cookie.Name = CookieName;
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.Cookie.Path = DashboardRoutes.Root;
                o.ExpireTimeSpan = TimeSpan.FromHours(12);
                o.SlidingExpiration = true;
                o.LoginPath = DashboardRoutes.SignIn;
                o.AccessDeniedPath = DashboardRoutes.Home;
                // A JSON endpoint answers 401, not a redirect to the provider.
                o.Events.OnRedirectToLogin = context =>
                {
                    if (context.Request.Path.StartsWithSegments(DashboardRoutes.Api)) context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                    else context.Response.Redirect(context.RedirectUri);
                    return Task.CompletedTask;
                };
            })
            .AddOpenIdConnect(o =>
            {
                o.TimeProvider = TimeProvider.System;
                o.Authority = oidc.Authority!.Trim();
                o.ClientId = oidc.ClientId!.Trim();
                o.ClientSecret = oidc.ClientSecret!.Trim();
                o.RequireHttpsMetadata = new Uri(o.Authority).Scheme == "https";
                o.ResponseType = OpenIdConnectResponseType.Code;
                // The answer comes back as a top-level GET, so the Lax correlation and nonce cookies travel with it.
                o.ResponseMode = OpenIdConnectResponseMode.Query;
                o.UsePkce = true;
                o.CallbackPath = DashboardRoutes.Callback;
                o.SignedOutCallbackPath = DashboardRoutes.Root + "/signout-callback";
                o.Scope.Clear();
                foreach (var scope in new[] { "openid", "profile", "email" }) o.Scope.Add(scope);
                o.GetClaimsFromUserInfoEndpoint = false;
                o.MapInboundClaims = false;
                o.SaveTokens = false;
                o.CorrelationCookie.SameSite = SameSiteMode.Lax;
                o.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.NonceCookie.SameSite = SameSiteMode.Lax;
                o.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.TokenValidationParameters.NameClaimType = "name";
            });
        services.AddAuthorization();
        return services;
    }

    /// <summary>The signed-in person, as the runbook knows them (set per request by <see cref="DashboardEndpoints"/>).</summary>
    public static DashboardUser User(this HttpContext http) =>
        http.Items[SignedInUserKey] as DashboardUser ?? throw new InvalidOperationException("No dashboard user on this request.");

    public static DashboardUser? Identify(ClaimsPrincipal principal, DashboardPeople people) =>
        principal.Identity?.IsAuthenticated != true ? null
        : principal.FindFirst(LocalSignIn.UserClaim)?.Value is { } local ? people.Local(local)
        : people.Signed(principal);
}
