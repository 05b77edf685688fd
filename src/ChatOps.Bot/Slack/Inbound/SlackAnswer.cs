using System.Text.Json.Nodes;

namespace ChatOps.Bot.Slack.Inbound;

/// <summary>
/// What a handler answers Slack, whatever carried the request: an HTTP response, or the payload of a Socket Mode
/// acknowledgement (<see cref="Body"/>).
/// </summary>
public sealed record SlackAnswer(int Status = StatusCodes.Status200OK, JsonNode? Body = null, string? Text = null)
{
    public static readonly SlackAnswer Ok = new();

    public static SlackAnswer Json(JsonNode body) => new(Body: body);

    public static SlackAnswer Ephemeral(string text) =>
        Json(new JsonObject { ["response_type"] = "ephemeral", ["text"] = BlockKit.SlackText.Escape(text) });

    public static SlackAnswer BadRequest(string text) => new(StatusCodes.Status400BadRequest, Text: text);

    public IResult ToResult() => Web.HttpAnswer.ToResult(Status, Body, Text);
}
