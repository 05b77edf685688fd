namespace ChatOps.Bot.Outbound;

/// <summary>Delivers pages from the outbox: the settings, an HTTP client for the paging services, and <see cref="PageDelivery"/>.</summary>
public static class PagingServices
{
    public static IServiceCollection AddPageDelivery(this IServiceCollection services)
    {
        services.AddSingleton<PagingSettings>();
        services.AddHttpClient(PageDelivery.HttpClientName, http => http.Timeout = TimeSpan.FromSeconds(30));
        services.AddScoped<PageDelivery>();
        return services;
    }
}
