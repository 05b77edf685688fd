using System.Text.Json.Nodes;

namespace ChatOps.Bot.Tests.Teams.Fakes;

/// <summary>A channel of the fake team, as Graph created it, with the activities the bot posted into it.</summary>
public sealed class FakeTeamsChannel(string id, string displayName, string description, string membershipType)
{
    private readonly List<JsonObject> _messages = [];
    private readonly List<string> _members = [];

    public string Id { get; } = id;
    public string DisplayName { get; } = displayName;
    public string Description { get; } = description;
    public string MembershipType { get; } = membershipType;

    public IReadOnlyList<JsonObject> Messages
    {
        get { lock (_messages) { return _messages.ToList(); } }
    }

    /// <summary>Members added by Graph (private channels): the id or UPN in each <c>user@odata.bind</c>.</summary>
    public IReadOnlyList<string> Members
    {
        get { lock (_members) { return _members.ToList(); } }
    }

    internal void Add(JsonObject activity)
    {
        lock (_messages) _messages.Add(activity);
    }

    internal bool Replace(string activityId, JsonObject activity)
    {
        lock (_messages)
        {
            var index = _messages.FindIndex(m => (string?)m["id"] == activityId);
            if (index < 0) return false;
            _messages[index] = activity;
            return true;
        }
    }

    internal void AddMember(string user)
    {
        lock (_members) if (!_members.Contains(user)) _members.Add(user);
    }
}
