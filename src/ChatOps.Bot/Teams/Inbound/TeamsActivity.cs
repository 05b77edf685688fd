using System.Text.Json;
using ChatOps.Bot.Protocol;

namespace ChatOps.Bot.Teams.Inbound;

/// <summary>
/// The parts of a Bot Framework activity the bot reads
/// (https://github.com/microsoft/botframework-sdk/blob/main/specs/botframework-activity/botframework-activity.md).
/// </summary>
public sealed record TeamsActivity(JsonElement Json)
{
    public const string MessageType = "message";
    public const string InvokeType = "invoke";
    public const string ConversationUpdateType = "conversationUpdate";

    public string Type => Json.Str("type");
    public string Id => Json.Str("id");
    public string Name => Json.Str("name");
    public string ChannelId => Json.Str("channelId");
    /// <summary>Where answers go: as sent until the token is checked, then the service URL the token vouches for.</summary>
    public string ServiceUrl { get; init; } = Json.Str("serviceUrl");
    public string Text => Json.Str("text");
    public string ConversationId => Json.Str("conversation", "id");
    public string TenantId => Json.Str("channelData", "tenant", "id") is { Length: > 0 } id ? id : Json.Str("conversation", "tenantId");
    public string FromId => Json.Str("from", "id");
    public string FromName => Json.Str("from", "name");
    public string FromAadObjectId => Json.Str("from", "aadObjectId");
    public string RecipientId => Json.Str("recipient", "id");

    /// <summary>Who acted, as the engine knows people: the Entra object id when Teams sends it, else the Teams user id.</summary>
    public string Actor => FromAadObjectId.Length > 0 ? FromAadObjectId : FromId;

    /// <summary>
    /// Where the activity happened, as incidents record channels: the Teams channel id for channel posts (not the
    /// thread's conversation id), else the conversation id of the chat.
    /// </summary>
    public string Channel => Json.Str("channelData", "channel", "id") is { Length: > 0 } channel ? channel : ConversationId;

    public JsonElement? Value => Json.TryGetProperty("value", out var value) && value.ValueKind == JsonValueKind.Object ? value : null;

    public IEnumerable<JsonElement> Entities => Array("entities");

    public IEnumerable<JsonElement> MembersAdded => Array("membersAdded");

    /// <summary>
    /// How activities are read, as Slack's requests are: a repeated key is refused rather than one of its values picked
    /// (which also refuses a key that is half a surrogate pair, <c>"\ud800"</c>: that check throws
    /// <see cref="InvalidOperationException"/> on it).
    /// </summary>
    private static readonly JsonDocumentOptions Options = new() { AllowDuplicateProperties = false };

    /// <summary>
    /// The activity in a body, or null when it is no JSON object (or repeats a key). Bytes that are not UTF-8 read as
    /// U+FFFD (as they do in a Slack request) rather than being kept to fail whoever reads the string later.
    /// </summary>
    public static TeamsActivity? Parse(byte[] body)
    {
        try
        {
            using var document = JsonDocument.Parse(System.Text.Encoding.UTF8.GetString(body), Options);
            return document.RootElement.ValueKind == JsonValueKind.Object ? new TeamsActivity(document.RootElement.Clone()) : null;
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            return null;
        }
    }

    private IEnumerable<JsonElement> Array(string property) =>
        Json.TryGetProperty(property, out var array) && array.ValueKind == JsonValueKind.Array ? array.EnumerateArray() : [];
}
