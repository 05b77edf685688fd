using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ChatOps.Bot.Slack.Inbound;

/// <summary>
/// What a handler answers Slack, whatever carried the request: an HTTP response, or the payload of a Socket Mode
/// acknowledgement (<see cref="Body"/>).
/// </summary>
public sealed record SlackAnswer(int Status = StatusCodes.Status200OK, JsonNode? Body = null, string? Text = null)
{
    public static readonly SlackAnswer Ok = new();

    // Response bodies are JSON read by Slack, never embedded in HTML: keep quotes and apostrophes readable.
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static SlackAnswer Json(JsonNode body) => new(Body: body);

    public static SlackAnswer Ephemeral(string text) =>
        Json(new JsonObject { ["response_type"] = "ephemeral", ["text"] = BlockKit.SlackText.Escape(text) });

    public static SlackAnswer BadRequest(string text) => new(StatusCodes.Status400BadRequest, Text: text);

    public IResult ToResult() =>
        Body is not null ? Results.Content(Body.ToJsonString(Relaxed), "application/json", statusCode: Status)
        : Text is not null ? Results.Text(Text, statusCode: Status)
        : Results.StatusCode(Status);
}
