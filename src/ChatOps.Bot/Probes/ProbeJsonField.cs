using System.Text;
using System.Text.Json;

namespace ChatOps.Bot.Probes;

/// <summary>Checks one field of a probe's JSON answer against the expected value.</summary>
internal static class ProbeJsonField
{
    /// <summary>Null when the field holds the expected value; otherwise what was found instead, as a short phrase.</summary>
    public static string? Mismatch(ProbeBody body, string path, string expected)
    {
        if (body.Cut) return $"the body is over {body.Bytes.Length / 1024} KB, so {path} was not read";
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body.Bytes);
        }
        catch (JsonException)
        {
            return $"the body is not JSON, so {path} was not read";
        }

        using (document)
        {
            var at = document.RootElement;
            foreach (var step in path.Split('.'))
            {
                if (!TryStep(at, step, out at)) return $"no {path} in the body";
            }

            var found = at.ValueKind == JsonValueKind.String ? at.GetString()! : at.GetRawText();
            if (at.ValueKind is JsonValueKind.Object or JsonValueKind.Array) return $"{path} is an {(at.ValueKind == JsonValueKind.Object ? "object" : "array")}, expected \"{expected}\"";
            return string.Equals(found, expected, StringComparison.Ordinal) ? null : $"{path} is \"{Short(found)}\", expected \"{expected}\"";
        }
    }

    private static bool TryStep(JsonElement at, string step, out JsonElement next)
    {
        next = default;
        return at.ValueKind switch
        {
            JsonValueKind.Object => at.TryGetProperty(step, out next),
            JsonValueKind.Array => int.TryParse(step, out var index) && index >= 0 && index < at.GetArrayLength() && (next = at[index]).ValueKind != JsonValueKind.Undefined,
            _ => false,
        };
    }

    private static string Short(string text)
    {
        var line = new StringBuilder();
        foreach (var c in text.Take(60)) line.Append(Core.Messaging.InvisibleText.Is(c) ? ' ' : c);
        return text.Length > 60 ? line + "…" : line.ToString();
    }
}
