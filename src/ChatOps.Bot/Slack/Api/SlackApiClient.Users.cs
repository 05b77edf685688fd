using System.Text.Json;

namespace ChatOps.Bot.Slack.Api;

public sealed partial class SlackApiClient
{
    /// <summary>users.info (https://docs.slack.dev/reference/methods/users.info); null for an unknown user.</summary>
    public async Task<SlackUser?> GetUserAsync(string userId, CancellationToken ct)
    {
        try
        {
            var result = await CallAsync(SlackMethods.UsersInfo, [new("user", userId)], ct).ConfigureAwait(false);
            var user = result.GetProperty("user");
            var profile = user.TryGetProperty("profile", out var p) && p.ValueKind == JsonValueKind.Object ? p : default;
            return new SlackUser(
                RequiredString(SlackMethods.UsersInfo, user, "id"),
                OptionalString(user, "name") ?? userId,
                OptionalString(user, "real_name") ?? OptionalString(profile, "real_name"),
                OptionalString(profile, "email"),
                OptionalString(profile, "display_name"));
        }
        catch (SlackApiException e) when (e.Error == "user_not_found")
        {
            return null;
        }
    }

    /// <summary>users.lookupByEmail (https://docs.slack.dev/reference/methods/users.lookupByEmail); the user id, or null when nobody has that email.</summary>
    public async Task<string?> LookupUserByEmailAsync(string email, CancellationToken ct)
    {
        try
        {
            var result = await CallAsync(SlackMethods.UsersLookupByEmail, [new("email", email)], ct).ConfigureAwait(false);
            return RequiredString(SlackMethods.UsersLookupByEmail, result.GetProperty("user"), "id");
        }
        catch (SlackApiException e) when (e.Error == "users_not_found")
        {
            return null;
        }
    }

    private static string? OptionalString(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object
        && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
        && value.GetString() is { Length: > 0 } text
            ? text
            : null;
}
