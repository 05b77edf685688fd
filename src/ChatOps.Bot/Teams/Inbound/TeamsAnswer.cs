using System.Text.Json.Nodes;

namespace ChatOps.Bot.Teams.Inbound;

/// <summary>
/// What <c>/api/messages</c> answers: 200 with no body for activities whose replies are sent separately, a JSON body
/// for invokes (which Teams reads from the response), or an error status with a text saying what was wrong.
/// </summary>
public sealed record TeamsAnswer(int Status = StatusCodes.Status200OK, JsonNode? Body = null, string? Text = null)
{
    public static readonly TeamsAnswer Ok = new();

    public static TeamsAnswer Json(JsonNode body) => new(Body: body);

    public static TeamsAnswer BadRequest(string text) => new(StatusCodes.Status400BadRequest, Text: text);

    public static TeamsAnswer Unauthorized(string why) =>
        new(StatusCodes.Status401Unauthorized, Text: $"Unverified request: {why}.");

    public IResult ToResult() => Web.HttpAnswer.ToResult(Status, Body, Text);
}
