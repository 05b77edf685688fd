using System.Text.Json;
using ChatOps.Bot.Tests.Support;

namespace ChatOps.Bot.Tests.Slack.Fakes;

/// <summary>
/// Which methods exist and which arguments each requires, from Slack's published OpenAPI spec
/// (<c>shared/reference/slack/web-api-openapi.json</c>) plus the requirements the 2020 spec leaves unmarked
/// and the methods it predates: the two external-upload methods and apps.connections.open (Socket Mode), all from
/// docs.slack.dev method pages.
/// </summary>
public sealed class SlackWebApiSpec
{
    private static readonly Dictionary<string, string[]> DocumentedRequirements = new()
    {
        ["conversations.create"] = ["name"],
        ["conversations.invite"] = ["channel", "users"],
        ["conversations.setTopic"] = ["channel", "topic"],
        ["conversations.archive"] = ["channel"],
        ["conversations.history"] = ["channel"],
        ["chat.update"] = ["channel", "ts"],
        ["chat.postEphemeral"] = ["channel", "user"],
        ["pins.add"] = ["channel", "timestamp"],
        ["views.update"] = ["view"],
        ["users.info"] = ["user"],
        ["files.getUploadURLExternal"] = ["filename", "length"],
        ["files.completeUploadExternal"] = ["files"],
        ["apps.connections.open"] = [], // https://docs.slack.dev/reference/methods/apps.connections.open: no arguments
    };

    private static readonly Lazy<SlackWebApiSpec> Shared = new(Load);

    private readonly Dictionary<string, HashSet<string>> _required;

    private SlackWebApiSpec(Dictionary<string, HashSet<string>> required) => _required = required;

    public static SlackWebApiSpec Instance => Shared.Value;

    public IReadOnlyCollection<string> Methods => _required.Keys;

    public bool Knows(string method) => _required.ContainsKey(method);

    public IReadOnlySet<string> RequiredArguments(string method) => _required[method];

    private static SlackWebApiSpec Load()
    {
        var path = SharedReference.PathTo("slack", "web-api-openapi.json");
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"Slack Web API spec not found at {path}.");
        }

        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var required = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var pathEntry in document.RootElement.GetProperty("paths").EnumerateObject())
        {
            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (var operation in pathEntry.Value.EnumerateObject())
            {
                if (!operation.Value.TryGetProperty("parameters", out var parameters))
                {
                    continue;
                }

                foreach (var parameter in parameters.EnumerateArray())
                {
                    var name = parameter.GetProperty("name").GetString()!;
                    if (name != "token" && parameter.TryGetProperty("required", out var flag) && flag.ValueKind == JsonValueKind.True)
                    {
                        names.Add(name);
                    }
                }
            }

            required[pathEntry.Name.TrimStart('/')] = names;
        }

        foreach (var (method, names) in DocumentedRequirements)
        {
            if (!required.TryGetValue(method, out var set))
            {
                required[method] = set = new HashSet<string>(StringComparer.Ordinal);
            }

            set.UnionWith(names);
        }

        return new SlackWebApiSpec(required);
    }
}
