using Microsoft.Extensions.Logging;

namespace AiOps.Notifications.Logging;

/// <summary>Hands Error and Critical entries of one category to the capture queue; never blocks.</summary>
internal sealed class AiOpsLogger(string category, LogCaptureQueue queue) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => queue.Captures(category, logLevel) && !LogCaptureScope.IsCapturing;

    public void Log<TState>(
        LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (!IsEnabled(logLevel))
        {
            return;
        }

        var template = state is IReadOnlyList<KeyValuePair<string, object?>> values
            ? values.FirstOrDefault(pair => pair.Key == "{OriginalFormat}").Value as string
            : null;
        queue.Add(new CapturedLogEntry(category, logLevel, template, formatter(state, exception), exception));
    }
}
