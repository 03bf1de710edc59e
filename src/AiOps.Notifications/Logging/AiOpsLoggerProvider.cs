using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace AiOps.Notifications.Logging;

/// <summary>Turns the host's Error and Critical log entries into incidents.</summary>
[ProviderAlias("AiOps")]
internal sealed class AiOpsLoggerProvider(LogCaptureQueue queue) : ILoggerProvider
{
    private readonly ConcurrentDictionary<string, AiOpsLogger> _loggers = new(StringComparer.Ordinal);

    public ILogger CreateLogger(string categoryName) =>
        _loggers.GetOrAdd(categoryName, name => new AiOpsLogger(name, queue));

    public void Dispose() => _loggers.Clear();
}
