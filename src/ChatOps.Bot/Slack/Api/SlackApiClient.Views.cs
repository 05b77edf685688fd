using System.Text.Json.Nodes;

namespace ChatOps.Bot.Slack.Api;

public sealed partial class SlackApiClient
{
    /// <summary>views.open (https://docs.slack.dev/reference/methods/views.open); returns the new view's id.</summary>
    public async Task<string> OpenViewAsync(string triggerId, JsonObject view, CancellationToken ct)
    {
        var result = await CallAsync(SlackMethods.ViewsOpen, [new("trigger_id", triggerId), new("view", view.ToJsonString())], ct)
            .ConfigureAwait(false);
        return RequiredString(SlackMethods.ViewsOpen, result.GetProperty("view"), "id");
    }

    /// <summary>views.update (https://docs.slack.dev/reference/methods/views.update).</summary>
    public Task UpdateViewAsync(string viewId, JsonObject view, CancellationToken ct) =>
        CallAsync(SlackMethods.ViewsUpdate, [new("view_id", viewId), new("view", view.ToJsonString())], ct);
}
