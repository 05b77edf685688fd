namespace ChatOps.Bot.Paging.Opsgenie;

/// <summary>How the bot reaches Opsgenie's Alert API (<c>Paging__Opsgenie__ApiUrl</c>, <c>Paging__Opsgenie__ApiKey</c>).</summary>
public sealed record OpsgenieOptions
{
    public static readonly Uri DefaultApiUrl = new("https://api.opsgenie.com");

    /// <summary><c>https://api.opsgenie.com</c>, or <c>https://api.eu.opsgenie.com</c> for EU accounts; tests point it at a local fake.</summary>
    public Uri ApiUrl { get; init; } = DefaultApiUrl;

    /// <summary>An API integration's key, sent as <c>Authorization: GenieKey &lt;key&gt;</c>.</summary>
    public required string ApiKey { get; init; }
}
