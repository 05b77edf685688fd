using System.Text;
using ChatOps.Bot.Protocol;

namespace ChatOps.Bot.Probes;

/// <summary>The start of a probe's answer: read up to a limit (a huge or endless body is cut off, not downloaded) and shown as inert text.</summary>
internal sealed record ProbeBody(byte[] Bytes, bool Cut)
{
    public static async Task<ProbeBody> ReadAsync(HttpContent content, int maxBytes, CancellationToken ct)
    {
        await using var stream = await content.ReadAsStreamAsync(ct).ConfigureAwait(false);
        var buffer = new byte[maxBytes + 1];
        var length = 0;
        int read;
        while (length < buffer.Length && (read = await stream.ReadAsync(buffer.AsMemory(length), ct).ConfigureAwait(false)) > 0)
        {
            length += read;
        }

        return length > maxBytes ? new ProbeBody(buffer[..maxBytes], Cut: true) : new ProbeBody(buffer[..length], Cut: false);
    }

    /// <summary>One line of at most <paramref name="length"/> characters: control and direction-changing characters become spaces, runs of space one.</summary>
    public string Excerpt(int length)
    {
        var text = Encoding.UTF8.GetString(Bytes, 0, Math.Min(Bytes.Length, length * 4));
        var line = new StringBuilder(Math.Min(text.Length, length + 1));
        foreach (var c in text)
        {
            var safe = char.IsWhiteSpace(c) || Core.Messaging.InvisibleText.Is(c) ? ' ' : c;
            if (safe == ' ' && (line.Length == 0 || line[^1] == ' ')) continue;
            line.Append(safe);
            if (line.Length > length) break;
        }

        return TextCap.Cap(line.ToString().TrimEnd(), length);
    }
}
