using ChatOps.Bot.Paging;
using ChatOps.Bot.Paging.Opsgenie;
using ChatOps.Bot.Paging.PagerDuty;
using ChatOps.Core.Runbooks;

namespace ChatOps.Bot.Outbound;

/// <summary>
/// Where pages go and with which credentials, read from configuration (environment variables included) when each page
/// is delivered: <c>Paging__PagerDuty__EventsUrl</c>, <c>Paging__Opsgenie__ApiUrl</c>, <c>Paging__Opsgenie__ApiKey</c>,
/// and each PagerDuty pager's routing key from the variable the runbook names. What is missing is a permanent
/// <see cref="PagingException"/> that names the setting to set.
/// </summary>
public sealed class PagingSettings(IConfiguration configuration)
{
    public const string EventsUrlKey = "Paging:PagerDuty:EventsUrl";
    public const string OpsgenieApiUrlKey = "Paging:Opsgenie:ApiUrl";
    public const string OpsgenieApiKeyKey = "Paging:Opsgenie:ApiKey";

    /// <summary>How a setting is written as an environment variable: <c>Paging__Opsgenie__ApiKey</c>.</summary>
    public static string EnvironmentName(string key) => key.Replace(":", "__", StringComparison.Ordinal);

    public PagerDutyEventsOptions PagerDuty(string operation) =>
        new() { EventsUrl = Url(EventsUrlKey, PagerDutyEventsOptions.DefaultEventsUrl, PagerDutyEventsClient.Service, operation) };

    public OpsgenieOptions Opsgenie(string operation) => new()
    {
        ApiUrl = Url(OpsgenieApiUrlKey, OpsgenieOptions.DefaultApiUrl, OpsgenieClient.Service, operation),
        ApiKey = Value(OpsgenieApiKeyKey) ?? throw Missing(OpsgenieClient.Service, operation, $"the Opsgenie API key is not set; set {EnvironmentName(OpsgenieApiKeyKey)}"),
    };

    public string RoutingKey(Pager pager, string operation) =>
        pager.RoutingKeyVariable is { Length: > 0 } variable
            ? Value(variable) ?? throw Missing(PagerDutyEventsClient.Service, operation, $"the routing key of pager {pager.Name} is not set; set the environment variable {variable}")
            : throw Missing(PagerDutyEventsClient.Service, operation, $"pager {pager.Name} names no routing-key-env in the runbook");

    /// <summary>Whether the pager's credentials are set, and which setting holds them (never the secret itself).</summary>
    public (bool IsSet, string Setting) Credentials(Pager pager) => pager.Service == PagerService.PagerDuty
        ? (pager.RoutingKeyVariable is { Length: > 0 } variable && Value(variable) is not null, pager.RoutingKeyVariable ?? "routing-key-env")
        : (Value(OpsgenieApiKeyKey) is not null, EnvironmentName(OpsgenieApiKeyKey));

    private string? Value(string key) => configuration[key] is { } value && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    private Uri Url(string key, Uri fallback, string service, string operation) =>
        Value(key) is not { } text ? fallback
        : Uri.TryCreate(text, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp) ? url
        : throw Missing(service, operation, $"{EnvironmentName(key)} is not an http(s) address; fix it or unset it for {fallback}");

    private static PagingException Missing(string service, string operation, string detail) => new(service, operation, null, isTransient: false, detail);
}
