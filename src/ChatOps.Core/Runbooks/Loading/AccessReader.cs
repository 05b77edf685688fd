using ChatOps.Core.Access;
using YamlDotNet.RepresentationModel;

namespace ChatOps.Core.Runbooks.Loading;

/// <summary>
/// Reads <c>access:</c>: <c>admins</c> (handles) and, per action, who may take it (<c>anyone</c>, <c>commander</c>,
/// <c>participants</c>, <c>admins</c>, one or a list). Actions left out keep <see cref="AccessPolicy.Defaults"/>.
/// </summary>
internal static class AccessReader
{
    private const string Admins = "admins";

    private static readonly string[] Keys = [Admins, .. IncidentActions.All.Select(IncidentActions.Key)];

    private static readonly Dictionary<string, Audience> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["anyone"] = Audience.Anyone,
        ["commander"] = Audience.Commander,
        ["participants"] = Audience.Participants,
        ["admins"] = Audience.Admins,
    };

    /// <summary>Words people reach for that mean one of ours.</summary>
    private static readonly Dictionary<string, string> Synonyms = new(StringComparer.OrdinalIgnoreCase)
    {
        ["everyone"] = "anyone", ["all"] = "anyone", ["ic"] = "commander", ["members"] = "participants", ["responders"] = "participants",
    };

    public static AccessPolicy? Read(YamlMap root, LoadContext context)
    {
        var map = root.Map("access", required: false, Keys, "access: { admins: [sec-lead], resolve: [commander, admins] }");
        if (map is null) return root.Has("access") ? null : AccessPolicy.Default;

        var admins = map.TextList(Admins, required: false, "admins: [sec-lead, cto]") ?? [];
        var rules = new Dictionary<IncidentAction, Audience>();
        var valid = true;
        foreach (var action in IncidentActions.All)
        {
            var key = IncidentActions.Key(action);
            if (map.Value(key) is not { } node) continue;
            var audience = ReadAudience(map, key, node, context);
            if (audience is null)
            {
                valid = false;
                continue;
            }
            if (!Check(map, action, audience.Value, admins, node, context)) valid = false;
            rules[action] = audience.Value;
        }
        return valid ? new AccessPolicy(admins.Select(People.Handle).ToList(), rules) : null;
    }

    private static Audience? ReadAudience(YamlMap map, string key, YamlNode node, LoadContext context)
    {
        var example = $"{key}: [commander, admins]";
        IReadOnlyList<YamlNode> items = node switch
        {
            YamlScalarNode => [node],
            YamlSequenceNode sequence => sequence.Children.ToList(),
            _ => [],
        };
        if (node is YamlMappingNode)
        {
            context.Add(node, map.Field(key), $"expected a word or a list of words, found {YamlScalars.Describe(node)}; write it like {example}");
            return null;
        }
        if (items.Count == 0)
        {
            context.Add(node, map.Field(key), $"names nobody; write who may act, e.g. {example}");
            return null;
        }
        var audience = Audience.None;
        var valid = true;
        for (var i = 0; i < items.Count; i++)
        {
            var field = node is YamlSequenceNode ? FieldPath.Item(map.Field(key), i) : map.Field(key);
            var word = items[i] is YamlScalarNode { Value: { } text } && !YamlScalars.IsNull(items[i]) ? text.Trim() : "";
            if (Words.TryGetValue(word, out var one))
            {
                audience |= one;
                continue;
            }
            valid = false;
            var guess = Synonyms.GetValueOrDefault(word) ?? Suggestions.Closest(word, Words.Keys);
            var found = word.Length == 0 ? YamlScalars.Describe(items[i]) : $"'{YamlScalars.Shorten(word)}'";
            context.Add(items[i], field,
                $"{found} is not a group{(guess is null ? "" : $"; did you mean '{guess}'?")}; use anyone, commander, participants or admins (name people under access.admins)");
        }
        if (valid && audience.HasFlag(Audience.Anyone) && audience != Audience.Anyone)
        {
            context.Add(node, map.Field(key), $"'anyone' already includes everyone; write {key}: anyone alone, or leave anyone out");
            return null;
        }
        // The commander is always a participant.
        if (audience.HasFlag(Audience.Participants)) audience |= Audience.Commander;
        return valid ? audience : null;
    }

    private static bool Check(YamlMap map, IncidentAction action, Audience audience, IReadOnlyList<string> admins, YamlNode node, LoadContext context)
    {
        var key = IncidentActions.Key(action);
        if (action == IncidentAction.Declare && (audience & (Audience.Commander | Audience.Participants)) != 0)
        {
            context.Add(node, map.Field(key), "an incident has no commander or participants before it is declared; declare can be anyone or admins");
            return false;
        }
        if (audience == Audience.Admins && admins.Count == 0)
        {
            context.Add(node, map.Field(key), $"only admins may {key}, but access.admins names nobody; add handles, e.g. admins: [sec-lead], or allow more people");
            return false;
        }
        return true;
    }
}
