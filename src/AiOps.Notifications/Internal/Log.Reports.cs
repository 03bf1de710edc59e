using Microsoft.Extensions.Logging;

namespace AiOps.Notifications.Internal;

/// <content>Log capture, diagnosis and digests: event ids 1800-1899.</content>
internal static partial class Log
{
    [LoggerMessage(EventId = 1800, Level = LogLevel.Warning,
        Message = "Log capture dropped {Count} entries because its queue was full ({Total} in all)")]
    public static partial void LogEntriesDropped(ILogger logger, long count, long total);

    [LoggerMessage(EventId = 1801, Level = LogLevel.Warning, Message = "A captured log entry could not be reported")]
    public static partial void LogCaptureFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 1810, Level = LogLevel.Debug,
        Message = "Diagnosis provider {Provider} diagnosed incident {IncidentId}")]
    public static partial void Diagnosed(ILogger logger, string provider, string incidentId);

    [LoggerMessage(EventId = 1811, Level = LogLevel.Warning,
        Message = "Diagnosis provider {Provider} timed out on incident {IncidentId}")]
    public static partial void DiagnosisTimedOut(ILogger logger, string provider, string incidentId);

    [LoggerMessage(EventId = 1812, Level = LogLevel.Warning,
        Message = "Diagnosis provider {Provider} failed on incident {IncidentId}")]
    public static partial void DiagnosisFailed(ILogger logger, string provider, string incidentId, Exception exception);

    [LoggerMessage(EventId = 1813, Level = LogLevel.Warning,
        Message = "The diagnosis queue is full; incident {IncidentId} is not diagnosed")]
    public static partial void DiagnosisQueueFull(ILogger logger, string incidentId);

    [LoggerMessage(EventId = 1820, Level = LogLevel.Information,
        Message = "Digest {Digest} sent as notification {NotificationId}")]
    public static partial void DigestSent(ILogger logger, string digest, string notificationId);

    [LoggerMessage(EventId = 1821, Level = LogLevel.Error, Message = "Digest {Digest} could not be sent")]
    public static partial void DigestFailed(ILogger logger, string digest, Exception exception);
}
