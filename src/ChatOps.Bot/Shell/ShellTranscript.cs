using ChatOps.Core.Access;
using ChatOps.Core.Messaging;

namespace ChatOps.Bot.Shell;

/// <summary>Prints what happens in the shell: posts with their channel, cards as text with numbered buttons.</summary>
public sealed class ShellTranscript(TextWriter output)
{
    private readonly Lock _gate = new();

    /// <param name="cardNumber">The number <c>/click</c> knows the message's card by (0: none).</param>
    public void Post(string channel, ChatMessage message, int cardNumber = 0)
    {
        lock (_gate)
        {
            // People as inert text: a control or bidi character in a handle must not move the cursor or reorder the line.
            var mentions = string.Concat(message.MentionList.Where(m => !string.IsNullOrWhiteSpace(m)).Select(m => People.Mention(m) + " "));
            if (message.Card is null || message.Text != message.Card.Title)
                output.WriteLine($"[#{channel}] ChatOps: {mentions}{message.Text.ReplaceLineEndings("\n    ")}");
            else if (mentions.Length > 0)
                output.WriteLine($"[#{channel}] ChatOps: {mentions.TrimEnd()}");
            if (message.Card is { } card) WriteCard(card, cardNumber);
        }
    }

    public void WriteCard(Card card, int number = 0)
    {
        lock (_gate)
        {
            output.WriteLine($"  +-- {card.Title}");
            foreach (var section in card.Sections)
                foreach (var line in section.Split('\n'))
                    output.WriteLine($"  | {line}");
            foreach (var fact in card.Facts) output.WriteLine($"  | {fact.Label}: {fact.Value}");
            if (card.Context is { } context) output.WriteLine($"  | ({context})");
            if (card.Buttons.Count > 0)
                output.WriteLine("  | " + string.Join("  ", card.Buttons.Select((b, i) => $"[{i + 1}] {b.Label}"))
                    + (number > 0 ? $"   (card {number}: /click N, later /click {number} N)" : "   (/click N)"));
            output.WriteLine("  +--");
        }
    }

    public void System(string text) => Line($"  * {text}");

    public void Reply(string text, bool isError)
    {
        var prefix = isError ? "  ! " : "  > ";
        lock (_gate)
            foreach (var line in text.Split('\n')) output.WriteLine(prefix + line);
    }

    public void Line(string text)
    {
        lock (_gate) output.WriteLine(text);
    }

    public void Prompt(string text)
    {
        lock (_gate)
        {
            output.Write(text);
            output.Flush();
        }
    }
}
