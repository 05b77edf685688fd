using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ChatOps.Bot.Tests.Teams.Fakes;

/// <summary>
/// Microsoft Graph's user-get (https://learn.microsoft.com/graph/api/user-get): a directory user by object id or user
/// principal name, with the properties asked for in <c>$select</c>; 404 for anyone else.
/// </summary>
public sealed partial class FakeTeamsServer
{
    private readonly Dictionary<string, (string Id, string Upn, string DisplayName)> _users = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Adds someone to the tenant's directory, found by either their object id or their user principal name.</summary>
    public void AddUser(string objectId, string userPrincipalName, string displayName)
    {
        lock (_gate)
        {
            _users[objectId] = _users[userPrincipalName] = (objectId, userPrincipalName, displayName);
        }
    }

    private void MapUsers(WebApplication app) => app.MapGet("/graph/v1.0/users/{user}", (RequestDelegate)GetUserAsync);

    private async Task GetUserAsync(HttpContext context)
    {
        var (call, answered) = await ReceiveAsync(context);
        if (answered || await RefusedAsync(context.Response, call, GraphScope, null)) return;
        (string Id, string Upn, string DisplayName) user;
        bool found;
        lock (_gate) found = _users.TryGetValue((string)context.Request.RouteValues["user"]!, out user);
        if (!found)
        {
            await ErrorAsync(context.Response, 404, "Request_ResourceNotFound", "Resource does not exist or one of its queried reference-property objects are not present.");
            return;
        }
        var all = new JsonObject { ["id"] = user.Id, ["userPrincipalName"] = user.Upn, ["displayName"] = user.DisplayName };
        var select = context.Request.Query["$select"].ToString();
        var answer = select.Length == 0 ? all : new JsonObject(select.Split(',').Where(all.ContainsKey).Select(p => KeyValuePair.Create(p, (JsonNode?)all[p]!.DeepClone())));
        answer["@odata.context"] = $"{GraphBaseUrl}$metadata#users/$entity";
        await JsonAsync(context.Response, answer);
    }
}
