using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ChatOps.Bot.Tests.Teams.Fakes;

/// <summary>
/// Microsoft Graph's channel calls (https://learn.microsoft.com/graph/api/channel-post, channel-get,
/// channel-post-members) with the rules the service applies: names of at most 50 characters without the reserved
/// characters, unique in the team; private channels created by an application need an owner; members can only be
/// added to private channels.
/// </summary>
public sealed partial class FakeTeamsServer
{
    private const string ReservedNameCharacters = "~#%&*{}+/\\:<>?|'\"";
    private static readonly Regex UserBind = new(@"/users\('([^']+)'\)$");
    private int _channelCounter;

    private void MapGraph(WebApplication app)
    {
        app.MapPost("/graph/v1.0/teams/{teamId}/channels", (RequestDelegate)CreateChannelAsync);
        app.MapGet("/graph/v1.0/teams/{teamId}/channels", (RequestDelegate)ListChannelsAsync);
        app.MapGet("/graph/v1.0/teams/{teamId}/channels/{channelId}", (RequestDelegate)GetChannelAsync);
        app.MapPost("/graph/v1.0/teams/{teamId}/channels/{channelId}/members", (RequestDelegate)AddMemberAsync);
        MapUsers(app);
    }

    private async Task CreateChannelAsync(HttpContext context)
    {
        var (call, answered) = await ReceiveAsync(context);
        if (answered || await RefusedAsync(context.Response, call, GraphScope, null) || await NoSuchTeamAsync(context)) return;
        if (call.Json is not JsonObject body || (string?)body["displayName"] is not { Length: > 0 } name)
        {
            await ErrorAsync(context.Response, 400, "BadRequest", "displayName is required.");
            return;
        }
        var membership = (string?)body["membershipType"] ?? "standard";
        var members = (body["members"] as JsonArray ?? []).Select(m => m as JsonObject).ToList();
        var problem = name.Length > 50 ? "displayName is longer than 50 characters."
            : name.IndexOfAny(ReservedNameCharacters.ToCharArray()) >= 0 || name.StartsWith('_') || name.EndsWith('.') ? "displayName contains characters that are not allowed."
            : membership is not ("standard" or "private") ? $"membershipType {membership} is not supported here."
            : membership == "private" && members.Count(m => IsOwner(m) && User(m) is not null) != 1 ? "A private channel created by an application needs exactly one member with the owner role."
            : members.Any(m => User(m) is null) ? "Each member needs @odata.type #microsoft.graph.aadUserConversationMember and user@odata.bind."
            : null;
        if (problem is not null)
        {
            await ErrorAsync(context.Response, 400, "BadRequest", problem);
            return;
        }
        FakeTeamsChannel channel;
        lock (_gate)
        {
            if (_channels.Values.Any(c => string.Equals(c.DisplayName, name, StringComparison.OrdinalIgnoreCase)))
            {
                channel = null!;
            }
            else
            {
                channel = new FakeTeamsChannel($"19:{++_channelCounter:x8}fake@thread.tacv2", name, (string?)body["description"] ?? "", membership);
                _channels[channel.Id] = channel;
            }
        }
        if (channel is null)
        {
            await ErrorAsync(context.Response, 400, "NameAlreadyExists", "Channel name already existed, please use other name.");
            return;
        }
        foreach (var member in members) channel.AddMember(User(member)!);
        await JsonAsync(context.Response, Describe(channel), 201);
    }

    /// <summary>channel-list, with the one filter the bot uses: <c>displayName eq 'name'</c>.</summary>
    private async Task ListChannelsAsync(HttpContext context)
    {
        var (call, answered) = await ReceiveAsync(context);
        if (answered || await RefusedAsync(context.Response, call, GraphScope, null) || await NoSuchTeamAsync(context)) return;
        var filter = Regex.Match(context.Request.Query["$filter"].ToString(), "^displayName eq '(.*)'$");
        List<FakeTeamsChannel> channels;
        lock (_gate)
            channels = _channels.Values.Where(c => !filter.Success || c.DisplayName == filter.Groups[1].Value.Replace("''", "'", StringComparison.Ordinal)).ToList();
        await JsonAsync(context.Response, new JsonObject { ["value"] = new JsonArray([.. channels.Select(c => (JsonNode)Describe(c))]) });
    }

    private async Task GetChannelAsync(HttpContext context)
    {
        if (await ChannelCallAsync(context) is not ({ } channel, _)) return;
        await JsonAsync(context.Response, Describe(channel));
    }

    private async Task AddMemberAsync(HttpContext context)
    {
        if (await ChannelCallAsync(context) is not ({ } channel, var call)) return;
        if (channel.MembershipType != "private")
        {
            await ErrorAsync(context.Response, 400, "BadRequest", "Members can only be added to private or shared channels.");
            return;
        }
        if (User(call.Json as JsonObject) is not { } user)
        {
            await ErrorAsync(context.Response, 400, "BadRequest", "user@odata.bind is required.");
            return;
        }
        channel.AddMember(user);
        await JsonAsync(context.Response, new JsonObject { ["@odata.type"] = "#microsoft.graph.aadUserConversationMember", ["userId"] = user, ["roles"] = call.Json!["roles"]?.DeepClone() }, 201);
    }

    /// <summary>A checked Graph call about one channel of the team: the channel, or null when the call was already answered.</summary>
    private async Task<(FakeTeamsChannel? Channel, TeamsCall Call)> ChannelCallAsync(HttpContext context)
    {
        var (call, answered) = await ReceiveAsync(context);
        if (answered || await RefusedAsync(context.Response, call, GraphScope, null) || await NoSuchTeamAsync(context)) return (null, call);
        FakeTeamsChannel? channel;
        lock (_gate) channel = _channels.GetValueOrDefault((string)context.Request.RouteValues["channelId"]!);
        if (channel is null) await ErrorAsync(context.Response, 404, "NotFound", "No such channel.");
        return (channel, call);
    }

    private static async Task<bool> NoSuchTeamAsync(HttpContext context)
    {
        if ((string?)context.Request.RouteValues["teamId"] == TeamId) return false;
        await ErrorAsync(context.Response, 404, "NotFound", "No team with that id.");
        return true;
    }

    private static bool IsOwner(JsonObject? member) =>
        member?["roles"] is JsonArray roles && roles.Any(r => (string?)r == "owner");

    private static string? User(JsonObject? member) =>
        (string?)member?["@odata.type"] == "#microsoft.graph.aadUserConversationMember"
        && (string?)member["user@odata.bind"] is { } bind && UserBind.Match(bind) is { Success: true } match
            ? match.Groups[1].Value
            : null;

    private static JsonObject Describe(FakeTeamsChannel channel) => new()
    {
        ["id"] = channel.Id,
        ["displayName"] = channel.DisplayName,
        ["description"] = channel.Description,
        ["membershipType"] = channel.MembershipType,
        ["webUrl"] = $"https://teams.microsoft.com/l/channel/{Uri.EscapeDataString(channel.Id)}/{Uri.EscapeDataString(channel.DisplayName)}?groupId={TeamId}&tenantId={TenantId}",
    };
}
