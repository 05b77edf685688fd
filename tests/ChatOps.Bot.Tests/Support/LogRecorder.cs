using Microsoft.Extensions.Logging;

namespace ChatOps.Bot.Tests.Support;

/// <summary>
/// A logger provider that keeps every entry, for tests of what a person reads in the log: added to a running host's
/// <see cref="ILoggerFactory"/>, or handed to one class as <see cref="For{T}"/>.
/// </summary>
public sealed class LogRecorder : ILoggerProvider
{
    private readonly List<LogEntry> _entries = [];

    public IReadOnlyList<LogEntry> Entries
    {
        get { lock (_entries) return _entries.ToList(); }
    }

    /// <summary>The entries of one category (a class's full name).</summary>
    public IReadOnlyList<LogEntry> Of<T>() => Entries.Where(e => e.Category == typeof(T).FullName).ToList();

    public ILogger<T> For<T>() => new Logger<T>(new RecordingFactory(this));

    public ILogger CreateLogger(string categoryName) => new Recording(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Recording(LogRecorder recorder, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (recorder._entries) recorder._entries.Add(new LogEntry(category, logLevel, formatter(state, exception), exception));
        }
    }

    private sealed class RecordingFactory(LogRecorder recorder) : ILoggerFactory
    {
        public ILogger CreateLogger(string categoryName) => recorder.CreateLogger(categoryName);

        public void AddProvider(ILoggerProvider provider) => throw new NotSupportedException();

        public void Dispose()
        {
        }
    }
}

/// <summary>One log entry as written: its category, level, message and the exception it carried (a stack trace when printed).</summary>
public sealed record LogEntry(string Category, LogLevel Level, string Message, Exception? Exception);
