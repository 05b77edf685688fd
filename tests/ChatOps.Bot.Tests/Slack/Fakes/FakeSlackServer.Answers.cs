using System.Globalization;
using System.Text.Json.Nodes;

namespace ChatOps.Bot.Tests.Slack.Fakes;

public sealed partial class FakeSlackServer
{
    private readonly Dictionary<string, FakeSlackUser> _users = new(StringComparer.Ordinal);
    private readonly Dictionary<string, JsonObject> _views = new(StringComparer.Ordinal);
    private long _tsMicros = 1_700_000_000_000_000;
    private int _viewCount;
    private int _fileCount;

    /// <summary>Adds someone to the workspace directory that users.info and users.lookupByEmail read.</summary>
    public void AddUser(string id, string name, string? realName = null, string? email = null)
    {
        lock (_gate)
        {
            _users[id] = new FakeSlackUser(id, name, realName, email);
        }
    }

    // Every method the spec knows but the fake has no state for answers a bare ok.
    private JsonObject Answer(SlackCall call) => call.Method switch
    {
        "conversations.create" => CreateConversation(call),
        "conversations.invite" => Invite(call),
        "conversations.setTopic" => SetTopic(call),
        "conversations.archive" => Archive(call),
        "conversations.history" => History(call),
        "conversations.list" => ListConversations(),
        "chat.postMessage" => PostMessage(call),
        "chat.update" => UpdateMessage(call),
        "chat.postEphemeral" => WithOpenChannel(call, _ => Ok(new JsonObject { ["message_ts"] = NextTs() })),
        "pins.add" => AddPin(call),
        "views.open" => OpenView(call),
        "views.update" => UpdateView(call),
        "users.info" => _users.TryGetValue(call.Arg("user")!, out var user) ? Ok(new JsonObject { ["user"] = user.ToJson() }) : Error("user_not_found"),
        "users.lookupByEmail" => _users.Values.FirstOrDefault(u => string.Equals(u.Email, call.Arg("email"), StringComparison.OrdinalIgnoreCase)) is { } found
            ? Ok(new JsonObject { ["user"] = found.ToJson() })
            : Error("users_not_found"),
        "files.getUploadURLExternal" => GetUploadUrl(call),
        "files.completeUploadExternal" => CompleteUpload(call),
        AppsConnectionsOpen => OpenConnection(),
        _ => Ok(),
    };

    private string NextTs()
    {
        _tsMicros += 100;
        return string.Create(CultureInfo.InvariantCulture, $"{_tsMicros / 1_000_000}.{_tsMicros % 1_000_000:D6}");
    }

    private JsonObject PostMessage(SlackCall call) => WithOpenChannel(call, channel =>
    {
        var message = new JsonObject { ["type"] = "message", ["user"] = BotUserId, ["text"] = call.Arg("text") ?? "", ["ts"] = NextTs() };
        if (call.Arg("blocks") is { } blocks)
        {
            message["blocks"] = JsonNode.Parse(blocks);
        }

        channel.Messages.Add(message);
        return Ok(new JsonObject { ["channel"] = channel.Id, ["ts"] = message["ts"]!.DeepClone(), ["message"] = message.DeepClone() });
    });

    private JsonObject UpdateMessage(SlackCall call) => WithOpenChannel(call, channel =>
    {
        if (channel.FindMessage(call.Arg("ts")!) is not { } message)
        {
            return Error("message_not_found");
        }

        message["text"] = call.Arg("text") ?? "";
        if (call.Arg("blocks") is { } blocks)
        {
            message["blocks"] = JsonNode.Parse(blocks);
        }

        return Ok(new JsonObject { ["channel"] = channel.Id, ["ts"] = call.Arg("ts"), ["text"] = message["text"]!.DeepClone() });
    });

    private JsonObject AddPin(SlackCall call) => WithOpenChannel(call, channel =>
        channel.FindMessage(call.Arg("timestamp")!) is null ? Error("message_not_found")
        : !channel.PinnedTs.Add(call.Arg("timestamp")!) ? Error("already_pinned")
        : Ok());

    private JsonObject OpenView(SlackCall call)
    {
        var view = JsonNode.Parse(call.Arg("view")!)!.AsObject();
        if ((string?)view["type"] is not ("modal" or "home"))
        {
            return Error("invalid_arguments", "view.type must be modal or home");
        }

        var id = $"V{++_viewCount:D7}";
        view["id"] = id;
        _views[id] = view;
        return Ok(new JsonObject { ["view"] = view.DeepClone() });
    }

    private JsonObject UpdateView(SlackCall call)
    {
        if (call.Arg("view_id") is not { } id || !_views.ContainsKey(id))
        {
            return Error("not_found");
        }

        var view = JsonNode.Parse(call.Arg("view")!)!.AsObject();
        view["id"] = id;
        _views[id] = view;
        return Ok(new JsonObject { ["view"] = view.DeepClone() });
    }

    private JsonObject GetUploadUrl(SlackCall call)
    {
        if (!long.TryParse(call.Arg("length"), NumberStyles.None, CultureInfo.InvariantCulture, out var length) || length <= 0)
        {
            return Error("invalid_arguments", "length must be a positive integer");
        }

        var file = new FakeUploadedFile($"F{++_fileCount:D7}", call.Arg("filename")!, length);
        _files[file.Id] = file;
        return Ok(new JsonObject { ["upload_url"] = new Uri(_root, $"upload/{file.Id}").ToString(), ["file_id"] = file.Id });
    }

    private JsonObject CompleteUpload(SlackCall call)
    {
        var channelId = call.Arg("channel_id");
        if (channelId is not null && !_channels.ContainsKey(channelId))
        {
            return Error("channel_not_found");
        }

        var entries = JsonNode.Parse(call.Arg("files")!)!.AsArray();
        var completed = new JsonArray();
        foreach (var entry in entries)
        {
            var id = (string?)entry?["id"];
            if (id is null || !_files.TryGetValue(id, out var file))
            {
                return Error("file_not_found", $"no upload {id}");
            }

            if (file.Bytes is null)
            {
                return Error("file_not_found", $"nothing was uploaded for {id}");
            }

            (file.Completed, file.Title, file.ChannelId, file.InitialComment) = (true, (string?)entry!["title"], channelId, call.Arg("initial_comment"));
            completed.Add(new JsonObject { ["id"] = id, ["name"] = file.FileName, ["title"] = file.Title ?? file.FileName });
        }

        return Ok(new JsonObject { ["files"] = completed });
    }
}
