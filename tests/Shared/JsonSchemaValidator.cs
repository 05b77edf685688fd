using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ChatOps.Tests.Shared;

/// <summary>
/// A small JSON Schema (draft-07) validator for the published schemas in shared/reference: type, properties,
/// required, additionalProperties, patternProperties, items, enum, const, pattern, lengths, counts, bounds,
/// uniqueItems, allOf/anyOf/oneOf/not and $ref (local, or to a sibling schema file by its file name).
/// Keywords it does not know are ignored, so it can pass what a full validator would refuse, never the reverse
/// for the keywords it knows. <paramref name="root"/> picks a schema inside the file (e.g. <c>#/definitions/Activity</c>
/// of an OpenAPI document); by default the whole file is the schema.
/// </summary>
public sealed class JsonSchemaValidator(string schemaPath, string root = "")
{
    private readonly Dictionary<string, JsonNode> _documents = [];
    private readonly string _folder = Path.GetDirectoryName(schemaPath)!;
    private readonly string _rootFile = Path.GetFileName(schemaPath);

    public IReadOnlyList<string> Validate(JsonNode? instance)
    {
        var errors = new List<string>();
        var (schema, file) = root.Length == 0 ? (Document(_rootFile), _rootFile) : Resolve(root, _rootFile);
        Check(schema, instance, "$", file, errors);
        return errors;
    }

    private JsonNode Document(string file)
    {
        if (!_documents.TryGetValue(file, out var doc))
            _documents[file] = doc = JsonNode.Parse(File.ReadAllText(Path.Combine(_folder, file)))!;
        return doc;
    }

    private void Check(JsonNode? schema, JsonNode? value, string path, string file, List<string> errors)
    {
        if (schema is JsonValue boolean && boolean.TryGetValue<bool>(out var allowed))
        {
            if (!allowed) errors.Add($"{path}: not allowed");
            return;
        }
        if (schema is not JsonObject s) return;
        if (s["$ref"]?.GetValue<string>() is { } reference)
        {
            var (target, targetFile) = Resolve(reference, file);
            Check(target, value, path, targetFile, errors);
        }
        if (s["type"] is { } type && !TypeMatches(type, value)) errors.Add($"{path}: expected {type.ToJsonString()}, got {Kind(value)}");
        if (s["enum"] is JsonArray options && !options.Any(o => JsonNode.DeepEquals(o, value))) errors.Add($"{path}: not one of {options.ToJsonString()}");
        if (s["const"] is { } constant && !JsonNode.DeepEquals(constant, value)) errors.Add($"{path}: must be {constant.ToJsonString()}");
        Combinators(s, value, path, file, errors);
        switch (value)
        {
            case JsonObject obj: CheckObject(s, obj, path, file, errors); break;
            case JsonArray arr: CheckArray(s, arr, path, file, errors); break;
            case JsonValue v when v.TryGetValue<string>(out var text): CheckString(s, text, path, errors); break;
            case JsonValue v when v.TryGetValue<double>(out var number): CheckNumber(s, number, path, errors); break;
        }
    }

    private void Combinators(JsonObject s, JsonNode? value, string path, string file, List<string> errors)
    {
        if (s["allOf"] is JsonArray all) foreach (var sub in all) Check(sub, value, path, file, errors);
        int Passing(JsonArray subs) => subs.Count(sub => { var e = new List<string>(); Check(sub, value, path, file, e); return e.Count == 0; });
        if (s["anyOf"] is JsonArray any && Passing(any) == 0) errors.Add($"{path}: matches none of anyOf");
        if (s["oneOf"] is JsonArray one && Passing(one) != 1) errors.Add($"{path}: must match exactly one of oneOf");
        if (s["not"] is { } not)
        {
            var e = new List<string>();
            Check(not, value, path, file, e);
            if (e.Count == 0) errors.Add($"{path}: matches a schema it must not");
        }
    }

    private void CheckObject(JsonObject s, JsonObject obj, string path, string file, List<string> errors)
    {
        if (s["required"] is JsonArray required)
            foreach (var name in required.Select(r => r!.GetValue<string>()).Where(n => !obj.ContainsKey(n)))
                errors.Add($"{path}: missing required property '{name}'");
        if (s["minProperties"] is { } minP && obj.Count < minP.GetValue<int>()) errors.Add($"{path}: fewer than {minP} properties");
        if (s["maxProperties"] is { } maxP && obj.Count > maxP.GetValue<int>()) errors.Add($"{path}: more than {maxP} properties");
        var properties = s["properties"] as JsonObject;
        var patterns = s["patternProperties"] as JsonObject;
        foreach (var (name, child) in obj)
        {
            var childPath = $"{path}.{name}";
            var matched = false;
            if (properties?[name] is { } propertySchema || properties?.ContainsKey(name) == true)
            {
                Check(properties![name], child, childPath, file, errors);
                matched = true;
            }
            foreach (var (pattern, patternSchema) in patterns ?? [])
                if (Regex.IsMatch(name, pattern))
                {
                    Check(patternSchema, child, childPath, file, errors);
                    matched = true;
                }
            if (!matched && s.ContainsKey("additionalProperties")) Check(s["additionalProperties"], child, childPath, file, errors);
        }
    }

    private void CheckArray(JsonObject s, JsonArray arr, string path, string file, List<string> errors)
    {
        if (s["minItems"] is { } min && arr.Count < min.GetValue<int>()) errors.Add($"{path}: fewer than {min} items");
        if (s["maxItems"] is { } max && arr.Count > max.GetValue<int>()) errors.Add($"{path}: more than {max} items");
        if (s["uniqueItems"]?.GetValue<bool>() == true && arr.Select(i => i?.ToJsonString()).Distinct().Count() != arr.Count) errors.Add($"{path}: items are not unique");
        if (s["items"] is JsonObject or JsonValue)
            for (var i = 0; i < arr.Count; i++) Check(s["items"], arr[i], $"{path}[{i}]", file, errors);
        else if (s["items"] is JsonArray tuple)
            for (var i = 0; i < Math.Min(tuple.Count, arr.Count); i++) Check(tuple[i], arr[i], $"{path}[{i}]", file, errors);
    }

    private static void CheckString(JsonObject s, string text, string path, List<string> errors)
    {
        var length = new System.Globalization.StringInfo(text).LengthInTextElements;
        if (s["minLength"] is { } min && length < min.GetValue<int>()) errors.Add($"{path}: shorter than {min}");
        if (s["maxLength"] is { } max && length > max.GetValue<int>()) errors.Add($"{path}: longer than {max}");
        if (s["pattern"]?.GetValue<string>() is { } pattern && !Regex.IsMatch(text, pattern)) errors.Add($"{path}: does not match /{pattern}/");
    }

    private static void CheckNumber(JsonObject s, double number, string path, List<string> errors)
    {
        if (s["minimum"] is { } min && number < min.GetValue<double>()) errors.Add($"{path}: below {min}");
        if (s["maximum"] is { } max && number > max.GetValue<double>()) errors.Add($"{path}: above {max}");
    }

    private (JsonNode? Schema, string File) Resolve(string reference, string file)
    {
        var hash = reference.IndexOf('#');
        var target = hash < 0 ? reference : reference[..hash];
        var pointer = hash < 0 ? "" : reference[(hash + 1)..];
        var targetFile = target.Length == 0 ? file : Path.GetFileName(new Uri(target, UriKind.RelativeOrAbsolute).IsAbsoluteUri ? new Uri(target).AbsolutePath : target);
        JsonNode? node = Document(targetFile);
        foreach (var part in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
            node = node is JsonArray array ? array[int.Parse(part, System.Globalization.CultureInfo.InvariantCulture)] : node?[part.Replace("~1", "/").Replace("~0", "~")];
        return (node, targetFile);
    }

    private static bool TypeMatches(JsonNode type, JsonNode? value) =>
        type is JsonArray any ? any.Any(t => TypeMatches(t!, value)) : type.GetValue<string>() switch
        {
            "object" => value is JsonObject,
            "array" => value is JsonArray,
            "string" => value is JsonValue v && v.TryGetValue<string>(out _),
            "boolean" => value is JsonValue v && v.TryGetValue<bool>(out _),
            "integer" => value is JsonValue v && v.TryGetValue<double>(out var d) && Math.Abs(d % 1) < double.Epsilon,
            "number" => value is JsonValue v && v.TryGetValue<double>(out _),
            "null" => value is null,
            _ => true,
        };

    private static string Kind(JsonNode? value) => value switch
    {
        null => "null",
        JsonObject => "object",
        JsonArray => "array",
        _ => value.GetValueKind().ToString().ToLowerInvariant(),
    };
}
