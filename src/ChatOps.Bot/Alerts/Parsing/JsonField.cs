using System.Text.Json;

namespace ChatOps.Bot.Alerts.Parsing;

/// <summary>
/// A value in a webhook body together with where it is (<c>alerts[2].startsAt</c>), so every complaint names the field.
/// Reading a field of the wrong kind throws <see cref="BadAlertPayload"/>, which the parser turns into an error.
/// </summary>
internal readonly record struct JsonField(JsonElement Element, string Path)
{
    public static JsonField Root(JsonElement root) => new(root, "");

    public JsonValueKind Kind => Element.ValueKind;

    /// <summary>The member <paramref name="name"/>, or null when it is missing or JSON null.</summary>
    public JsonField? Get(string name)
    {
        if (Element.ValueKind != JsonValueKind.Object) throw Bad($"{Describe()} must be an object");
        return Element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? new JsonField(value, Path.Length == 0 ? name : $"{Path}.{name}")
            : null;
    }

    public JsonField Require(string name) => Get(name) ?? throw Bad($"{Child(name)} is missing");

    public string Text() => Element.ValueKind == JsonValueKind.String
        ? Element.GetString()!
        : throw Bad($"{Path} must be a string, not {Element.ValueKind.ToString().ToLowerInvariant()}");

    /// <summary>A string member, or "" when it is missing or null.</summary>
    public string Text(string name) => Get(name)?.Text() ?? "";

    /// <summary>A string or number member as text (Sentry sends project ids both ways), or "" when missing.</summary>
    public string TextOrNumber(string name) => Get(name) is { } field
        ? field.Kind == JsonValueKind.Number ? field.Element.GetRawText() : field.Text()
        : "";

    public DateTimeOffset? Timestamp(string name)
    {
        if (Get(name) is not { } field) return null;
        var text = field.Text();
        return Rfc3339.TryParse(text, out var value)
            ? value
            : throw Bad($"{field.Path} is not a timestamp (RFC 3339, such as 2024-03-01T02:09:00Z): \"{AlertText.Line(text, 40)}\"");
    }

    /// <summary>Seconds since the epoch with a fraction, as Sentry sends <c>timestamp</c>; null when missing.</summary>
    public DateTimeOffset? UnixSeconds(string name)
    {
        if (Get(name) is not { } field) return null;
        if (field.Kind != JsonValueKind.Number || !field.Element.TryGetDouble(out var seconds) || seconds is < 0 or > 253402300799)
        {
            throw Bad($"{field.Path} must be seconds since 1970 as a number");
        }

        return DateTimeOffset.UnixEpoch.AddTicks((long)(seconds * TimeSpan.TicksPerSecond));
    }

    public int Int(string name)
    {
        if (Get(name) is not { } field) return 0;
        return field.Kind == JsonValueKind.Number && field.Element.TryGetInt32(out var value) && value >= 0
            ? value
            : throw Bad($"{field.Path} must be a whole number of zero or more");
    }

    public IEnumerable<JsonField> Items()
    {
        if (Element.ValueKind != JsonValueKind.Array) throw Bad($"{Path} must be an array, not {Element.ValueKind.ToString().ToLowerInvariant()}");
        var index = 0;
        foreach (var item in Element.EnumerateArray())
        {
            yield return new JsonField(item, $"{Path}[{index++}]");
        }
    }

    /// <summary>
    /// An object of string values, capped; empty when missing. Labels are one line each; annotation values
    /// (<paramref name="multiline"/>) keep their line breaks, as descriptions span lines.
    /// </summary>
    public IReadOnlyDictionary<string, string> Pairs(string name, AlertLimits limits, bool multiline = false)
    {
        if (Get(name) is not { } field) return AlertText.NoPairs;
        if (field.Kind != JsonValueKind.Object) throw Bad($"{field.Path} must be an object of strings");
        var pairs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var member in field.Element.EnumerateObject())
        {
            if (member.Value.ValueKind != JsonValueKind.String) throw Bad($"{field.Path}.{member.Name} must be a string");
            if (pairs.Count < limits.MaxPairs)
            {
                pairs.TryAdd(
                    AlertText.Line(member.Name, limits.MaxKeyLength),
                    multiline ? AlertText.Block(member.Value.GetString(), limits.MaxTextLength) : AlertText.Line(member.Value.GetString(), limits.MaxValueLength));
            }
        }

        return pairs;
    }

    public BadAlertPayload Bad(string message) => new(message);

    private string Child(string name) => Path.Length == 0 ? name : $"{Path}.{name}";

    private string Describe() => Path.Length == 0 ? "the body" : Path;

    /// <summary>A number as JSON wrote it, e.g. <c>2473545728</c>, for showing values.</summary>
    public static string NumberText(JsonElement number) => number.ValueKind == JsonValueKind.Number
        ? number.GetRawText()
        : number.ValueKind == JsonValueKind.String ? number.GetString()! : number.GetRawText();
}
