using Microsoft.Extensions.Logging;

namespace AiOps.Notifications.Logging;

/// <summary>One log entry waiting to become an incident.</summary>
internal sealed record CapturedLogEntry(
    string Category,
    LogLevel Level,
    string? Template,
    string Message,
    Exception? Exception);
