using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ChatOps.Bot.Tests.BadInput.Fuzzing;

/// <summary>
/// Seeded mutations of a payload: fields deleted, values of another type, huge values, unusual unicode, repeated keys,
/// wrong and foreign ids, broken encodings and truncation. Each one applied is described in <see cref="Applied"/>, so a
/// failing request says how it was made. Fields that tell the bot where to send things (a Slack response_url, a
/// Teams serviceUrl) are <paramref name="isAddress"/>: they are only ever removed, broken or pointed at another
/// loopback address (<paramref name="loopbackUrl"/>), so no mutation sends the bot off this machine.
/// </summary>
public sealed partial class Mutations(Random random, Func<string, bool> isAddress, Func<string> loopbackUrl)
{
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly List<KeyValuePair<string, string>> _raw = [];

    public List<string> Applied { get; } = [];

    /// <summary>When false, nothing is mutated: the payload goes as the base made it (to warm the host up, and to check the base is refused).</summary>
    public bool Enabled { get; init; } = true;

    public Random Random => random;

    public T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    /// <summary>One of <paramref name="items"/>, each as likely as its weight.</summary>
    public T Pick<T>(IReadOnlyList<(T Item, int Weight)> items)
    {
        var at = random.Next(items.Sum(i => i.Weight));
        foreach (var (item, weight) in items)
        {
            if (at < weight) return item;
            at -= weight;
        }
        throw new InvalidOperationException("No items to pick from.");
    }

    public bool Chance(double p) => random.NextDouble() < p;

    /// <summary>The payload with <paramref name="count"/> mutations, as JSON text (which may no longer be valid JSON).</summary>
    public string Json(JsonNode root, int count)
    {
        for (var i = 0; i < (Enabled ? count : 0); i++) MutateJson(root);
        var text = root.ToJsonString(Relaxed);
        // Repeated keys, lone surrogates and broken tokens cannot live in a JsonNode: they were left as markers.
        foreach (var (marker, raw) in Enumerable.Reverse(_raw)) text = text.Replace(JsonSerializer.Serialize(marker, Relaxed), raw, StringComparison.Ordinal);
        return text;
    }

    private void MutateJson(JsonNode root)
    {
        var slots = Slots(root).ToList();
        if (slots.Count == 0) return;
        var slot = Pick(slots);
        if (slot.Name is { } name && isAddress(name))
        {
            MutateAddress(slot);
            return;
        }
        switch (random.Next(11))
        {
            case 0:
                slot.Remove();
                Applied.Add($"deleted {slot.Path}");
                break;
            case 1:
                slot.Set(OtherType(slot.Node));
                Applied.Add($"{slot.Path} became {Describe(slot.Get())}");
                break;
            case 2:
                var huge = Huge();
                slot.Set(JsonValue.Create(huge));
                Applied.Add($"{slot.Path} became {huge.Length:N0} characters");
                break;
            case 3 when slot.Node is JsonValue v && v.TryGetValue<string>(out var s):
                var odd = Pick(FuzzValues.Strings);
                var at = random.Next(s.Length + 1);
                if (at > 0 && at < s.Length && char.IsLowSurrogate(s[at])) at--;
                slot.Set(JsonValue.Create(s[..at] + odd + s[at..]));
                Applied.Add($"{slot.Path}: inserted {Show(odd)} at {at}");
                break;
            case 4:
                var id = Pick(FuzzValues.Ids);
                slot.Set(JsonValue.Create(id));
                Applied.Add($"{slot.Path} = foreign id {Show(id)}");
                break;
            case 5:
                var text = slot.Name is "text" or "value" or "verb" or "command" ? Pick(FuzzValues.Commands) : Pick(FuzzValues.Strings);
                slot.Set(JsonValue.Create(text));
                Applied.Add($"{slot.Path} = {Show(text)}");
                break;
            case 6 when slot.Node is JsonObject { Count: > 0 } obj:
                // A key given twice, or keys that are half a surrogate pair (no text): the bot must refuse either, not pick one.
                var key = obj.ElementAt(random.Next(obj.Count)).Key;
                var value = Pick(new[] { "null", "\"other\"", "1", "{}" });
                var extra = Chance(0.5)
                    ? $"\"{JsonEncodedText.Encode(key, JavaScriptEncoder.UnsafeRelaxedJsonEscaping)}\":{value}"
                    : $"\"\\ud800\":{value},\"\\udc00\":{value}";
                var objectText = obj.DeepClone().ToJsonString(Relaxed);
                slot.Set(Raw("{" + extra + (objectText.Length > 2 ? "," : "") + objectText[1..]));
                Applied.Add($"{slot.Path}: added {extra}");
                break;
            case 7:
                var raw = Pick(new[] { "\"a\\ud800b\"", "\"\\udc00\"", "NaN", "01", "'single'", "undefined", "1e99999", "\"tab\there\"", "+1", "[1,]", "{\"a\"}" });
                slot.Set(Raw(raw));
                Applied.Add($"{slot.Path} = raw {raw}");
                break;
            case 8:
                var depth = random.Next(65, 400);
                slot.Set(Raw(new string('[', depth) + new string(']', depth)));
                Applied.Add($"{slot.Path} nested {depth} deep");
                break;
            case 9 when slot.Parent is JsonObject parent && slot.Name is { } renamed:
                var node = slot.Node;
                slot.Remove();
                var newName = Pick(new[] { renamed.ToUpperInvariant(), renamed + " ", " " + renamed, renamed + "\u200B", "" });
                if (parent.ContainsKey(newName))
                {
                    Applied.Add($"deleted {slot.Path}");
                    break;
                }
                parent[newName] = node;
                Applied.Add($"{slot.Path} renamed {Show(newName)}");
                break;
            default:
                slot.Set(slot.Node is JsonArray ? new JsonArray() : slot.Node is JsonObject ? new JsonObject() : JsonValue.Create(""));
                Applied.Add($"{slot.Path} emptied");
                break;
        }
    }

    private void MutateAddress(Slot slot)
    {
        switch (random.Next(4))
        {
            case 0:
                slot.Remove();
                Applied.Add($"deleted {slot.Path}");
                break;
            case 1:
                slot.Set(JsonValue.Create("not a url"));
                Applied.Add($"{slot.Path} = not a url");
                break;
            case 2:
                slot.Set(JsonValue.Create(42));
                Applied.Add($"{slot.Path} = 42");
                break;
            default:
                var url = loopbackUrl();
                slot.Set(JsonValue.Create(url));
                Applied.Add($"{slot.Path} = {url}");
                break;
        }
    }

    /// <summary>A value of another JSON type than <paramref name="node"/>.</summary>
    private JsonNode? OtherType(JsonNode? node) => node switch
    {
        JsonValue v when v.TryGetValue<string>(out _) => Pick(new JsonNode?[] { JsonValue.Create(true), null, new JsonObject(), new JsonArray("x"), Number() }),
        JsonObject => Pick(new JsonNode?[] { JsonValue.Create("object"), new JsonArray(new JsonObject()), null, JsonValue.Create(0) }),
        JsonArray => Pick(new JsonNode?[] { new JsonObject { ["0"] = "x" }, JsonValue.Create("array"), null, JsonValue.Create(false) }),
        null => JsonValue.Create("was null"),
        _ => Pick(new JsonNode?[] { JsonValue.Create("1"), new JsonArray(), null, new JsonObject() }),
    };

    /// <summary>A very long string: plain, emoji, or one letter under thousands of combining marks; some longer than any request the bot takes.</summary>
    public string Huge()
    {
        var length = Pick(new[] { 4_000, 40_000, 200_000, 600_000 });
        return random.Next(3) switch
        {
            0 => new string('x', length),
            1 => string.Concat(Enumerable.Repeat("🔥", length / 2)),
            _ => "a" + new string('\u0301', length),
        };
    }

    private JsonValue Raw(string text)
    {
        var marker = $"__fuzz_raw_{_raw.Count}_{random.Next()}__";
        _raw.Add(new(marker, text));
        return JsonValue.Create(marker);
    }

    private JsonNode Number() => JsonNode.Parse(JsonSerializer.Serialize(Pick(FuzzValues.Numbers)))!;

    private static string Describe(JsonNode? node) => node is null ? "null" : node.ToJsonString().Length > 40 ? node.GetValueKind().ToString() : node.ToJsonString();

    /// <summary>A value as a failure message shows it: short, with invisible characters written as escapes.</summary>
    public static string Show(string value)
    {
        var shown = new StringBuilder();
        foreach (var c in value.Length > 60 ? value[..60] + "…" : value)
            shown.Append(char.IsControl(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format || char.IsSurrogate(c) && !char.IsLetterOrDigit(c)
                ? $"\\u{(int)c:X4}" : c.ToString());
        return $"'{shown}'";
    }

    private static IEnumerable<Slot> Slots(JsonNode root, string path = "$")
    {
        switch (root)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj.ToList())
                {
                    var slot = new Slot(obj, key, -1, $"{path}.{key}");
                    yield return slot;
                    if (value is not null) foreach (var inner in Slots(value, slot.Path)) yield return inner;
                }
                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    var slot = new Slot(array, null, i, $"{path}[{i}]");
                    yield return slot;
                    if (array[i] is { } value) foreach (var inner in Slots(value, slot.Path)) yield return inner;
                }
                break;
        }
    }

    /// <summary>A place in a JSON tree: a property of an object or an element of an array.</summary>
    private sealed record Slot(JsonNode Parent, string? Name, int Index, string Path)
    {
        public JsonNode? Node => Get();

        public JsonNode? Get() => Parent is JsonObject o ? o[Name!] : ((JsonArray)Parent).Count > Index ? Parent[Index] : null;

        public void Set(JsonNode? value)
        {
            if (Parent is JsonObject o) o[Name!] = value;
            else if (((JsonArray)Parent).Count > Index) ((JsonArray)Parent)[Index] = value;
        }

        public void Remove()
        {
            if (Parent is JsonObject o) o.Remove(Name!);
            else if (((JsonArray)Parent).Count > Index) ((JsonArray)Parent).RemoveAt(Index);
        }
    }
}
