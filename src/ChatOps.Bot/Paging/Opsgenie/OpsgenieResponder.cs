namespace ChatOps.Bot.Paging.Opsgenie;

/// <summary>Who an Opsgenie alert is routed to (<c>responders[]</c>): a team, user, escalation or schedule, by id or by name.</summary>
public sealed record OpsgenieResponder(string Type, string? Id = null, string? Name = null, string? Username = null)
{
    public static OpsgenieResponder Team(string name) => new("team", Name: name);

    public static OpsgenieResponder User(string username) => new("user", Username: username);

    public static OpsgenieResponder Escalation(string name) => new("escalation", Name: name);

    public static OpsgenieResponder Schedule(string name) => new("schedule", Name: name);

    /// <summary>Any of the four types by Opsgenie's id.</summary>
    public static OpsgenieResponder ById(string type, string id) => new(type, Id: id);
}
