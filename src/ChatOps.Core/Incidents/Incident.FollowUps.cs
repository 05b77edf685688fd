using ChatOps.Core.Access;

namespace ChatOps.Core.Incidents;

/// <summary>Follow-ups: the action items the post-mortem owes, each with an owner and a due date, kept after close.</summary>
public sealed partial class Incident
{
    private List<ActionItem> _actions = [];

    public IReadOnlyList<ActionItem> Actions => _actions;

    public ActionItem? FindAction(int number) => _actions.FirstOrDefault(a => a.Number == number);

    /// <summary>Adds an action item; allowed after resolve and close, since follow-ups are what the review produces.</summary>
    public ActionItem AddAction(string actor, string owner, DateTimeOffset dueAt, string text, DateTimeOffset now)
    {
        owner = People.Handle(owner);
        if (owner.Length == 0) throw new IncidentRuleException("Name the owner: /incident action add <owner> <due> <text>.");
        if (string.IsNullOrWhiteSpace(text)) throw new IncidentRuleException("Say what is to be done: /incident action add <owner> <due> <text>.");
        if (dueAt <= now)
            throw new IncidentRuleException($"{Clock.Format(dueAt)} has already passed; give a due date in the future, e.g. 2026-12-20, 3d or 2w.");
        var item = new ActionItem(_actions.Count == 0 ? 1 : _actions.Max(a => a.Number) + 1, text.Trim(), owner, dueAt, actor, now);
        _actions.Add(item);
        AddParticipant(actor);
        AddParticipant(owner);
        Record(now, actor, ActionKind, $"Action #{item.Number} for {owner}, due {Clock.Format(dueAt)}: {item.Text}");
        return item;
    }

    public ActionItem CompleteAction(string actor, int number, DateTimeOffset now)
    {
        var item = RequireAction(number);
        if (item.DoneAt is { } at) throw new IncidentRuleException($"Action #{number} of {Number} was already done by {item.DoneBy} at {Clock.Format(at)}.");
        item.Complete(actor, now);
        AddParticipant(actor);
        Record(now, actor, ActionKind, $"Action #{number} done: {item.Text}");
        return item;
    }

    public ActionItem RecordActionReminder(int number, DateTimeOffset now)
    {
        var item = RequireAction(number);
        item.MarkReminded(now);
        Record(now, BotActor, ActionKind, $"Reminded {item.Owner} that action #{number} is due {Clock.Format(item.DueAt)}");
        return item;
    }

    public ActionItem RecordActionOverdue(int number, DateTimeOffset now)
    {
        var item = RequireAction(number);
        item.MarkOverdueNoticed(now);
        Record(now, BotActor, ActionKind, $"Action #{number} for {item.Owner} is overdue: it was due {Clock.Format(item.DueAt)}");
        return item;
    }

    /// <summary>The timeline kind of action item entries.</summary>
    public const string ActionKind = "action";

    private ActionItem RequireAction(int number) =>
        FindAction(number) ?? throw new IncidentRuleException(_actions.Count == 0
            ? $"{Number} has no action items; add one with /incident action add <owner> <due> <text>."
            : $"{Number} has no action #{number}; its actions are {string.Join(", ", _actions.Select(a => "#" + a.Number))} (see /incident actions).");
}
