using ChatOps.Bot.Engine;
using Microsoft.AspNetCore.Http;

namespace ChatOps.Bot.Web.Dashboard;

/// <summary>Registers the dashboard's services in a web host: sign-in, anti-forgery, the people map and the front end.</summary>
public static class DashboardServices
{
    /// <summary>
    /// In the container the engine runs in: the observer that wakes live pages (<see cref="DashboardChanges"/>).
    /// </summary>
    public static IServiceCollection AddDashboardChanges(this IServiceCollection services) =>
        services.AddSingleton<DashboardChanges>().AddSingleton<IIncidentEventObserver>(sp => sp.GetRequiredService<DashboardChanges>());

    /// <param name="engine">The services the engine runs in; null when they are this host's own.</param>
    /// <param name="localUser">Who local mode signs in (the shell user).</param>
    public static IServiceCollection AddDashboard(this IServiceCollection services, DashboardOptions options, string localUser, IServiceProvider? engine = null)
    {
        services.AddSingleton(options);
        if (engine is null) services.AddSingleton(sp => new DashboardEngine(sp));
        else services.AddSingleton(new DashboardEngine(engine));
        services.AddSingleton<DashboardPeople>();
        services.AddSingleton<PersonNames>();
        services.AddSingleton<DashboardFrontEnd>();
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "chatops.antiforgery";
            o.Cookie.Path = DashboardRoutes.Root;
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.FormFieldName = "__antiforgery";
            o.HeaderName = null;
        });
        services.AddDashboardAuth(options, localUser);
        return services;
    }

    /// <summary>Who the shell and local mode say you are: <c>Shell__User</c>, else the OS user.</summary>
    public static string LocalUser(IConfiguration configuration) =>
        configuration["Shell:User"] is { Length: > 0 } configured ? configured : Environment.UserName;
}
