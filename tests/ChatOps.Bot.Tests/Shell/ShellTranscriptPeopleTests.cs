using ChatOps.Bot.Shell;
using ChatOps.Core.Messaging;

namespace ChatOps.Bot.Tests.Shell;

/// <summary>People the shell mentions are plain text: a control or bidi character in a handle cannot move the cursor, colour the terminal or reorder the line.</summary>
public sealed class ShellTranscriptPeopleTests
{
    [Fact]
    public void A_mentioned_handle_is_printed_without_control_or_bidi_characters()
    {
        var output = new StringWriter();

        new ShellTranscript(output).Post("inc-1", new ChatMessage("made them comms.", null, ["@bob", "\u001B[2J\u202Eevil\nline", " "]));

        Assert.Equal("[#inc-1] ChatOps: @bob @[2Jevil line made them comms." + Environment.NewLine, output.ToString());
    }
}
