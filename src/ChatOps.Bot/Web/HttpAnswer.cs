using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ChatOps.Bot.Web;

/// <summary>An endpoint's answer to a chat platform as an HTTP result: a JSON body, a text, or just a status.</summary>
public static class HttpAnswer
{
    // Response bodies are JSON read by the platform, never embedded in HTML: keep quotes and apostrophes readable.
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static IResult ToResult(int status, JsonNode? body, string? text) =>
        body is not null ? Results.Content(body.ToJsonString(Relaxed), "application/json", statusCode: status)
        : text is not null ? Results.Text(text, statusCode: status)
        : Results.StatusCode(status);
}
