using System.Net;
using System.Text.Json.Nodes;
using ChatOps.Bot.Teams.Connector;
using Microsoft.Extensions.Options;
using ChatOps.Bot.Protocol;

namespace ChatOps.Bot.Teams.Graph;

/// <summary>
/// The Microsoft Graph calls the bot makes in its team (<c>Teams__TeamId</c>): create a channel
/// (https://learn.microsoft.com/graph/api/channel-post), read one (channel-get), add a member to a private one
/// (channel-post-members), and read a person's display name (user-get). Needs the application permissions
/// Channel.Create, Channel.ReadBasic.All, ChannelMember.ReadWrite.All and User.ReadBasic.All.
/// </summary>
public sealed class GraphClient(TeamsHttp http, IOptions<TeamsOptions> options, ILogger<GraphClient> logger)
{
    private const int MaxNameAttempts = 20;

    /// <summary>
    /// Creates a standard channel, or a private one owned by <paramref name="owner"/> (an Entra object id or user
    /// principal name). When the name is taken, tries <c>name-2</c>, <c>name-3</c>, ...
    /// </summary>
    public async Task<GraphChannel> CreateChannelAsync(string name, string description, bool isPrivate, string? owner, CancellationToken ct)
    {
        if (isPrivate && string.IsNullOrEmpty(owner))
            throw new TeamsApiException("create channel", null, "a private channel needs an owner: the person who declared the incident");
        var stem = ChannelDisplayName.From(name);
        for (var attempt = 1; ; attempt++)
        {
            var candidate = attempt == 1 ? stem : ChannelDisplayName.WithSuffix(stem, attempt);
            var body = new JsonObject
            {
                ["displayName"] = candidate,
                ["description"] = description.Length <= ChannelDisplayName.MaxDescription ? description : description[..ChannelDisplayName.MaxDescription],
                ["membershipType"] = isPrivate ? "private" : "standard",
            };
            if (isPrivate) body["members"] = new JsonArray(Member(owner!, isOwner: true));
            try
            {
                var result = await http.SendAsync("create channel", HttpMethod.Post, Url("channels"), body, AccessTokens.GraphScope, ct);
                var id = result.Str("id") is { Length: > 0 } found ? found : throw new TeamsApiException("create channel", HttpStatusCode.Created, "the answer had no channel id");
                return new GraphChannel(id, result.Str("displayName") is { Length: > 0 } shown ? shown : candidate, isPrivate);
            }
            catch (TeamsApiException ex) when (IsNameTaken(ex) && attempt < MaxNameAttempts)
            {
                logger.LogInformation("Teams channel name {Name} is taken; trying the next suffix", candidate);
            }
        }
    }

    /// <summary>The team's channel with exactly this display name, if there is one (an interrupted attempt may have made it).</summary>
    public async Task<GraphChannel?> FindChannelAsync(string displayName, CancellationToken ct)
    {
        var filter = Uri.EscapeDataString($"displayName eq '{displayName.Replace("'", "''", StringComparison.Ordinal)}'");
        var result = await http.SendAsync("find channel", HttpMethod.Get, Url($"channels?$filter={filter}"), null, AccessTokens.GraphScope, ct);
        if (!result.TryGetProperty("value", out var list) || list.ValueKind != System.Text.Json.JsonValueKind.Array) return null;
        return list.EnumerateArray()
            .Where(c => string.Equals(c.Str("displayName"), displayName, StringComparison.OrdinalIgnoreCase) && c.Str("id").Length > 0)
            .Select(c => new GraphChannel(c.Str("id"), c.Str("displayName"), c.Str("membershipType") == "private"))
            .FirstOrDefault();
    }

    public async Task<GraphChannel> GetChannelAsync(string channelId, CancellationToken ct)
    {
        var result = await http.SendAsync("get channel", HttpMethod.Get, Url($"channels/{Uri.EscapeDataString(channelId)}"), null, AccessTokens.GraphScope, ct);
        return new GraphChannel(channelId, result.Str("displayName"), result.Str("membershipType") == "private");
    }

    /// <summary>Adds a person (Entra object id or user principal name) to a private channel.</summary>
    public Task AddMemberAsync(string channelId, string user, CancellationToken ct) =>
        http.SendAsync("add channel member", HttpMethod.Post, Url($"channels/{Uri.EscapeDataString(channelId)}/members"), Member(user, isOwner: false), AccessTokens.GraphScope, ct);

    /// <summary>A person by Entra object id or user principal name, or null when the directory has nobody by that name.</summary>
    public async Task<GraphUser?> FindUserAsync(string user, CancellationToken ct)
    {
        try
        {
            var result = await http.SendAsync("get user", HttpMethod.Get, new Uri(Root, $"users/{Uri.EscapeDataString(user)}?$select=id,displayName"), null, AccessTokens.GraphScope, ct);
            return result.Str("id") is { Length: > 0 } id && result.Str("displayName") is { Length: > 0 } name ? new GraphUser(id, name) : null;
        }
        catch (TeamsApiException ex) when (ex.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    private Uri Root => new(options.Value.GraphBaseUrl.EndsWith('/') ? options.Value.GraphBaseUrl : options.Value.GraphBaseUrl + "/");

    private Uri Url(string path) => new(Root, $"teams/{Uri.EscapeDataString(options.Value.TeamId)}/{path}");

    private JsonObject Member(string user, bool isOwner) => new()
    {
        ["@odata.type"] = "#microsoft.graph.aadUserConversationMember",
        ["roles"] = isOwner ? new JsonArray("owner") : new JsonArray(),
        ["user@odata.bind"] = $"{options.Value.GraphBaseUrl.TrimEnd('/')}/users('{user.Replace("'", "''", StringComparison.Ordinal)}')",
    };

    private static bool IsNameTaken(TeamsApiException ex) =>
        ex.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Conflict
        && (ex.ErrorCode == "NameAlreadyExists" || ex.Message.Contains("already exist", StringComparison.OrdinalIgnoreCase));
}
