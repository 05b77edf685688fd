using ChatOps.Core.Messaging;
using ChatOps.Core.Ports;

namespace ChatOps.Bot.Shell;

/// <summary>
/// The chat platform of the terminal: channels are names, people are shell names, and every post is printed
/// with its channel. Cards with buttons are kept and numbered (<see cref="Cards"/>) so <c>/click</c> can press one.
/// </summary>
public sealed class ShellPlatform(ShellTranscript transcript) : IChatPlatform
{
    private readonly Dictionary<string, HashSet<string>> _members = new(StringComparer.OrdinalIgnoreCase);
    private int _messageCounter;

    public ShellCards Cards { get; } = new();

    public bool Exists(string channel) => _members.ContainsKey(channel);

    public Task<ChatChannel> CreateChannelAsync(ChannelRequest request, CancellationToken ct)
    {
        var final = request.Name;
        for (var n = 2; _members.ContainsKey(final); n++) final = $"{request.Name}-{n}";
        _members[final] = [];
        transcript.System($"created {(request.IsPrivate ? "private " : "")}channel #{final} (topic: {request.Topic})");
        return Task.FromResult(new ChatChannel(final, final));
    }

    public Task InviteAsync(string channelId, IReadOnlyList<string> people, CancellationToken ct)
    {
        var members = Members(channelId);
        var added = people.Where(members.Add).ToList();
        if (added.Count > 0) transcript.System($"invited {string.Join(", ", added.Select(p => "@" + p))} to #{channelId}");
        return Task.CompletedTask;
    }

    public Task<string> PostAsync(string channelId, ChatMessage message, CancellationToken ct)
    {
        var id = $"m{Interlocked.Increment(ref _messageCounter)}";
        transcript.Post(channelId, message, message.Card is { } card ? Cards.Show(id, card) : 0);
        return Task.FromResult(id);
    }

    public Task UpdateAsync(string channelId, string messageId, ChatMessage message, CancellationToken ct)
    {
        // A real platform changes the pinned card in place; the shell reprints it only on /incident status,
        // but /click must press the buttons the card has now (Acknowledge disappears once acknowledged).
        Cards.Update(messageId, message.Card);
        return Task.CompletedTask;
    }

    public Task PinAsync(string channelId, string messageId, CancellationToken ct)
    {
        transcript.System($"pinned the incident card in #{channelId}");
        return Task.CompletedTask;
    }

    public Task UploadAsync(string channelId, FileAttachment file, CancellationToken ct)
    {
        transcript.System($"uploaded {file.FileName} to #{channelId} ({file.Content.Split('\n').Length} lines): {file.Title}");
        return Task.CompletedTask;
    }

    private HashSet<string> Members(string channel)
    {
        if (!_members.TryGetValue(channel, out var members)) _members[channel] = members = [];
        return members;
    }
}
