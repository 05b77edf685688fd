using System.Collections.Concurrent;

namespace ChatOps.Bot.Tests.Dashboard;

/// <summary>A keyboard for an interactive shell: each <see cref="Type"/> is a line typed; <see cref="End"/> is end of input.</summary>
public sealed class TypedLines : TextReader
{
    private readonly BlockingCollection<string?> _lines = new();

    public void Type(string line) => _lines.Add(line);

    public void End() => _lines.Add(null);

    public override string? ReadLine() => _lines.Take();
}

/// <summary>A terminal screen that tests can wait on: what was printed, and a way to wait for a line to appear.</summary>
public sealed class WatchedScreen : TextWriter
{
    private readonly System.Text.StringBuilder _text = new();
    private readonly Lock _gate = new();
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;

    public string Text
    {
        get
        {
            lock (_gate) return _text.ToString();
        }
    }

    public override void Write(char value)
    {
        lock (_gate) _text.Append(value);
        Interlocked.Exchange(ref _changed, new(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
    }

    /// <summary>The first match of <paramref name="pattern"/> once it is on the screen; fails after <paramref name="patience"/> (a safety bound).</summary>
    public async Task<System.Text.RegularExpressions.Match> WaitForAsync(string pattern, TimeSpan patience)
    {
        using var expiry = new CancellationTokenSource(patience);
        while (true)
        {
            var changed = Volatile.Read(ref _changed).Task;
            var match = System.Text.RegularExpressions.Regex.Match(Text, pattern);
            if (match.Success) return match;
            try
            {
                await changed.WaitAsync(expiry.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"'{pattern}' never appeared on the screen:\n{Text}");
            }
        }
    }
}
