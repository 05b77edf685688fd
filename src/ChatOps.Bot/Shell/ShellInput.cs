namespace ChatOps.Bot.Shell;

/// <summary>Lines typed by the user, or read from a script (where <c>#</c> lines are comments and answers are echoed).</summary>
public sealed class ShellInput(TextReader reader, ShellTranscript transcript, bool isScript)
{
    public bool IsScript => isScript;

    /// <summary>The next command line, skipping blank lines and script comments; null at the end of input.</summary>
    public string? ReadCommand()
    {
        while (reader.ReadLine() is { } line)
        {
            var trimmed = line.Trim();
            if (trimmed.Length == 0) continue;
            if (isScript && trimmed.StartsWith('#')) continue;
            return trimmed;
        }
        return null;
    }

    /// <summary>The answer to a prompt; scripts' answers are echoed so the transcript reads as typed.</summary>
    public string? ReadAnswer()
    {
        var line = reader.ReadLine();
        while (isScript && line is not null && line.TrimStart().StartsWith('#')) line = reader.ReadLine();
        if (isScript) transcript.Line(line ?? "");
        return line;
    }
}
