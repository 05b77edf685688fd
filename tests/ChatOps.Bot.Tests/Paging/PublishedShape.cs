using System.Text.Json.Nodes;
using ChatOps.Bot.Tests.Support;

namespace ChatOps.Bot.Tests.Paging;

/// <summary>The member paths of a published example body (<c>payload.custom_details</c>, <c>links[].href</c>), to compare a sent body's shape with.</summary>
public static class PublishedShape
{
    public static HashSet<string> Of(params string[] referencePath) =>
        Paths(JsonNode.Parse(File.ReadAllText(SharedReference.PathTo(referencePath)))).ToHashSet();

    /// <summary>Object members by name and array items as <c>[]</c>; the members of free-form maps are not listed.</summary>
    public static IEnumerable<string> Paths(JsonNode? node, string prefix = "") => node switch
    {
        JsonObject o when prefix.EndsWith("custom_details", StringComparison.Ordinal) || prefix == "details" => [],
        JsonObject o => o.SelectMany(p => Paths(p.Value, Join(prefix, p.Key)).Prepend(Join(prefix, p.Key))),
        JsonArray a => a.SelectMany(item => Paths(item, prefix + "[]")).Distinct(),
        _ => [],
    };

    private static string Join(string prefix, string name) => prefix.Length == 0 ? name : $"{prefix}.{name}";
}
