namespace ChatOps.Bot.Probes;

/// <summary>
/// A health check written in the runbook: fetch <see cref="Url"/> and expect <see cref="ExpectedStatus"/>, and when
/// <see cref="JsonField"/> is set, that field of the JSON body to read <see cref="ExpectedValue"/> (e.g. <c>status</c> = <c>ok</c>).
/// Only URLs from the runbook are ever probed, never one from chat or an alert.
/// </summary>
public sealed record ProbeDefinition(string Name, Uri Url)
{
    public HttpMethod Method { get; init; } = HttpMethod.Get;

    public int ExpectedStatus { get; init; } = 200;

    /// <summary>A dotted path into the JSON body (<c>status</c>, <c>checks.db.status</c>, <c>items.0.state</c>); null to check the status only.</summary>
    public string? JsonField { get; init; }

    /// <summary>The field's expected value as text: a string's value, or a number, <c>true</c>, <c>false</c> or <c>null</c> as JSON writes it.</summary>
    public string? ExpectedValue { get; init; }

    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Request headers (values already taken from the environment by the runbook).</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();
}
