using System.Text.Json.Nodes;
using ChatOps.Bot.Teams.AdaptiveCards;

namespace ChatOps.Bot.Teams.Inbound;

/// <summary>
/// Bodies of the answer to an <c>adaptiveCard/action</c> invoke: <c>{statusCode, type, value}</c>, where 200 with a
/// card replaces the card for everyone and 200 with a message shows the person a short text.
/// https://learn.microsoft.com/adaptive-cards/authoring-cards/universal-action-model#response-format
/// </summary>
public static class InvokeAnswers
{
    public const string CardType = "application/vnd.microsoft.card.adaptive";
    public const string MessageType = "application/vnd.microsoft.activity.message";
    public const string ErrorType = "application/vnd.microsoft.error";

    public static TeamsAnswer Card(JsonObject card) =>
        TeamsAnswer.Json(new JsonObject { ["statusCode"] = 200, ["type"] = CardType, ["value"] = card });

    public static TeamsAnswer Message(string text) =>
        TeamsAnswer.Json(new JsonObject { ["statusCode"] = 200, ["type"] = MessageType, ["value"] = text });

    public static TeamsAnswer BadRequest(string message) =>
        TeamsAnswer.Json(new JsonObject
        {
            ["statusCode"] = 400,
            ["type"] = ErrorType,
            ["value"] = new JsonObject { ["code"] = "BadRequest", ["message"] = message },
        });

    public static TeamsAnswer Dialog(JsonObject body) => TeamsAnswer.Json(body);

    public static TeamsAnswer DialogMessage(string text) => TeamsAnswer.Json(AdaptiveDialogs.Message(text));
}
