using ChatOps.Bot.Tests.Slack.SocketMode;

namespace ChatOps.Bot.Tests.BadInput;

/// <summary>
/// Every row of <see cref="SocketModeBadEnvelopes"/> on a live socket: the envelope is acknowledged (or, when it is no
/// envelope, dropped) with a clear message where one is owed, the connection keeps serving, and nothing changes.
/// </summary>
public sealed class SocketModeBadEnvelopeTests : SocketModeTest
{
    public static TheoryData<string> Cases => SocketModeBadEnvelopes.Names;

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_bad_envelope_is_answered_clearly_or_dropped_and_changes_nothing(string name)
    {
        var bad = SocketModeBadEnvelopes.Named(name);
        var before = await StateSnapshot.TakeAsync(Host.Services, Slack);

        await Socket.SendAsync(bad.Frame(this));
        // Frames are handled in order, so once this one is acknowledged the bad one has been dealt with.
        var probe = await SlashAsync(Alice, General, "help");
        await Host.SettledAsync();
        var after = await StateSnapshot.TakeAsync(Host.Services, Slack);

        Assert.Contains("Commands:", probe["payload"]!["text"]!.GetValue<string>());
        var ack = Slack.Acks.SingleOrDefault(a => (string?)a["envelope_id"] == BadEnvelope.EnvelopeId);
        var said = after.SaidSince(before).Append(StateSnapshot.Readable(ack?["payload"]?.ToJsonString() ?? ""));
        switch (bad.Expected.Answer)
        {
            case Answer.Dropped:
                Assert.Null(ack);
                break;
            case Answer.Told:
                Assert.NotNull(ack);
                Assert.Contains(said, t => t.Contains(bad.Expected.Says!, StringComparison.Ordinal));
                break;
            default:
                Assert.Equal([BadEnvelope.EnvelopeId], ack?.Select(p => (string?)p.Value));
                Assert.Empty(after.SaidSince(before));
                break;
        }
        after.AssertNothingChangedSince(before);
    }
}
