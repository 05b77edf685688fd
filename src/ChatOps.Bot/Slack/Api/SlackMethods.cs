namespace ChatOps.Bot.Slack.Api;

/// <summary>
/// Every Web API method the bot calls, with the bot scopes each needs (https://docs.slack.dev/reference/methods).
/// The app manifest must request the union of <see cref="RequiredScopes"/>.
/// </summary>
public static class SlackMethods
{
    public const string ConversationsCreate = "conversations.create";
    public const string ConversationsInvite = "conversations.invite";
    public const string ConversationsSetTopic = "conversations.setTopic";
    public const string ConversationsArchive = "conversations.archive";
    public const string ConversationsHistory = "conversations.history";
    public const string ConversationsList = "conversations.list";
    public const string ChatPostMessage = "chat.postMessage";
    public const string ChatUpdate = "chat.update";
    public const string ChatPostEphemeral = "chat.postEphemeral";
    public const string PinsAdd = "pins.add";
    public const string ViewsOpen = "views.open";
    public const string ViewsUpdate = "views.update";
    public const string UsersInfo = "users.info";
    public const string UsersLookupByEmail = "users.lookupByEmail";
    public const string FilesGetUploadUrlExternal = "files.getUploadURLExternal";
    public const string FilesCompleteUploadExternal = "files.completeUploadExternal";

    /// <summary>Called with the app-level token (<c>xapp-</c>, scope <c>connections:write</c>), so not among <see cref="All"/>.</summary>
    public const string AppsConnectionsOpen = "apps.connections.open";

    public static IReadOnlyList<string> All { get; } =
    [
        ConversationsCreate, ConversationsInvite, ConversationsSetTopic, ConversationsArchive, ConversationsHistory,
        ConversationsList, ChatPostMessage, ChatUpdate, ChatPostEphemeral, PinsAdd, ViewsOpen, ViewsUpdate,
        UsersInfo, UsersLookupByEmail, FilesGetUploadUrlExternal, FilesCompleteUploadExternal,
    ];

    /// <summary>
    /// Bot scopes per method. Conversation methods list one scope per channel kind the bot works with
    /// (public: channels:*, private: groups:*); views.* need none.
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> RequiredScopes { get; } =
        new Dictionary<string, IReadOnlyList<string>>
        {
            [ConversationsCreate] = ["channels:manage", "groups:write"],
            [ConversationsInvite] = ["channels:manage", "groups:write"],
            [ConversationsSetTopic] = ["channels:manage", "groups:write"],
            [ConversationsArchive] = ["channels:manage", "groups:write"],
            [ConversationsHistory] = ["channels:history", "groups:history"],
            [ConversationsList] = ["channels:read", "groups:read"],
            [ChatPostMessage] = ["chat:write"],
            [ChatUpdate] = ["chat:write"],
            [ChatPostEphemeral] = ["chat:write"],
            [PinsAdd] = ["pins:write"],
            [ViewsOpen] = [],
            [ViewsUpdate] = [],
            [UsersInfo] = ["users:read"],
            [UsersLookupByEmail] = ["users:read.email"],
            [FilesGetUploadUrlExternal] = ["files:write"],
            [FilesCompleteUploadExternal] = ["files:write"],
        };
}
