using YamlDotNet.RepresentationModel;

namespace ChatOps.Core.Runbooks.Loading;

/// <summary>
/// Reads a kind's <c>deadlines:</c>: each a clock due <c>within</c> a duration of declaration, reminding at
/// <c>remind-at</c> offsets (each before the deadline) the <c>remind</c> roles.
/// </summary>
internal static class DeadlineReader
{
    private static readonly string[] Keys = ["key", "name", "description", "within", "remind-at", "remind"];

    public static IReadOnlyList<DeadlinePolicy> ReadAll(YamlMap kind, LoadContext context)
    {
        var list = kind.List("deadlines", required: false, "deadlines: [ { key: notification, name: Regulator notification, within: 72h } ]");
        if (list is null) return [];

        var deadlines = new List<DeadlinePolicy>();
        var seenKeys = new Dictionary<string, YamlNode>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < list.Children.Count; i++)
        {
            var map = YamlMap.Read(list.Children[i], FieldPath.Item(kind.Field("deadlines"), i), context, Keys);
            if (map is null) continue;

            var key = map.Id("key", required: true, "key: notification");
            if (key is not null && !seenKeys.TryAdd(key, map.Value("key")!))
                context.Add(map.Value("key")!, map.Field("key"),
                    $"duplicate deadline key '{key}' in this kind (first on line {seenKeys[key].Start.Line}); /incident notified names a clock by its key, so give each its own");
            var name = map.Text("name", required: true, "name: Regulator and customer notification");
            var description = map.Text("description", required: false, "description: Email all tenants within 72 h") ?? "";
            var within = map.Duration("within", required: true, "within: 72h");
            var remindAt = ReadRemindAt(map, within, context);
            var remind = ReadRemind(map, context);
            if (key is not null && name is not null && within is not null && remindAt is not null && remind is not null)
                deadlines.Add(new DeadlinePolicy(key, name.Trim(), description.Trim(), within.Value, remindAt, remind));
        }
        return deadlines;
    }

    private static List<TimeSpan>? ReadRemindAt(YamlMap map, TimeSpan? within, LoadContext context)
    {
        var list = map.List("remind-at", required: false, "remind-at: [24h, 48h, 66h]");
        if (list is null) return map.Has("remind-at") ? null : [];
        var offsets = new List<TimeSpan>();
        var valid = true;
        for (var i = 0; i < list.Children.Count; i++)
        {
            var item = list.Children[i];
            var field = FieldPath.Item(map.Field("remind-at"), i);
            var text = item is YamlScalarNode { Value: { } value } ? value.Trim() : "";
            if (!Time.DurationText.TryParse(text, out var offset) || offset <= TimeSpan.Zero)
            {
                valid = false;
                context.Add(item, field, $"{(text.Length == 0 ? YamlScalars.Describe(item) : $"'{YamlScalars.Shorten(text)}'")} is not a duration after declaration; write it like 24h, 1d or 1h30m");
            }
            else if (within is { } deadline && offset >= deadline)
            {
                valid = false;
                context.Add(item, field, $"{text} is not before the deadline (within: {Time.DurationText.Format(deadline)}); reminders come before it, and the overdue notice fires at the deadline itself");
            }
            else if (offsets.Contains(offset))
            {
                valid = false;
                context.Add(item, field, $"{text} is listed twice; list each reminder once");
            }
            else
            {
                offsets.Add(offset);
            }
        }
        offsets.Sort();
        return valid ? offsets : null;
    }

    private static IReadOnlyList<string>? ReadRemind(YamlMap map, LoadContext context)
    {
        var roles = map.TextList("remind", required: false, "remind: [commander, comms]");
        if (roles is null) return map.Has("remind") ? null : DeadlinePolicy.DefaultRemind;
        var sequence = (YamlSequenceNode)map.Value("remind")!;
        var valid = roles.Count > 0;
        if (!valid) context.Add(sequence, map.Field("remind"), "names nobody; leave remind out to remind the commander, or list roles, e.g. remind: [commander, comms]");
        var known = new List<string>();
        for (var i = 0; i < roles.Count && i < sequence.Children.Count; i++)
        {
            var role = roles[i].ToLowerInvariant();
            if (DeadlinePolicy.RemindRoles.Contains(role))
            {
                if (!known.Contains(role)) known.Add(role);
                continue;
            }
            valid = false;
            var guess = Suggestions.Closest(role, DeadlinePolicy.RemindRoles);
            context.Add(sequence.Children[i], FieldPath.Item(map.Field("remind"), i),
                $"'{YamlScalars.Shorten(roles[i])}' is not a role{(guess is null ? "" : $"; did you mean '{guess}'?")}; use {string.Join(", ", DeadlinePolicy.RemindRoles)} (put people to bring in under the kind's invite)");
        }
        return valid ? known : null;
    }
}
