namespace ChatOps.Core.Learning;

/// <summary>The services an incident names in its free-text affected services (<c>API, Webhooks; Database</c>), compared case-insensitively.</summary>
public static class ServiceNames
{
    private static readonly char[] Separators = [',', ';', '\n', '\r'];

    public static IReadOnlyList<string> Of(string affectedServices) =>
        affectedServices.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    public static bool Names(string affectedServices, string service) =>
        Of(affectedServices).Contains(service.Trim(), StringComparer.OrdinalIgnoreCase);
}
