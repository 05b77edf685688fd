using System.Text.Json;

namespace ChatOps.Bot.Protocol;

/// <summary>Reads a string at a property path, or "" when any step is missing or not of the expected kind.</summary>
public static class JsonPaths
{
    public static string Str(this JsonElement element, params string[] path)
    {
        foreach (var name in path)
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out element)) return "";
        }
        return element.ValueKind == JsonValueKind.String ? JsonText.Read(element) : "";
    }
}
