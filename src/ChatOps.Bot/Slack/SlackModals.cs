using System.Text.Json.Nodes;
using ChatOps.Bot.Slack.BlockKit;
using ChatOps.Core.Messaging;

namespace ChatOps.Bot.Slack;

/// <summary>Modals carry the channel they were opened from in <c>private_metadata</c>, ahead of the form's own context.</summary>
public static class SlackModals
{
    private const char Separator = '|';

    public static JsonObject Render(Form form, string channel) =>
        BlockKitModals.Render(form with { Context = $"{channel}{Separator}{form.Context}" });

    public static (string Channel, string Context) ReadMetadata(string metadata)
    {
        var at = metadata.IndexOf(Separator);
        return at < 0 ? ("", metadata) : (metadata[..at], metadata[(at + 1)..]);
    }
}
