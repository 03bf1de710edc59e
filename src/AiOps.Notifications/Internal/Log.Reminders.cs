using Microsoft.Extensions.Logging;

namespace AiOps.Notifications.Internal;

/// <content>Reminders for incidents that stay open: event ids 1050-1059.</content>
internal static partial class Log
{
    [LoggerMessage(1050, LogLevel.Information,
        "Incident {IncidentId} is still open and unacknowledged; reminder sent after {RepeatInterval}")]
    public static partial void ReminderSent(ILogger logger, string incidentId, TimeSpan repeatInterval);

    [LoggerMessage(1051, LogLevel.Error, "Reminder check of incident {IncidentId} failed; it will be tried again")]
    public static partial void ReminderFailed(ILogger logger, Exception exception, string incidentId);

    [LoggerMessage(1052, LogLevel.Error, "Reminder check failed; it will run again after the check interval")]
    public static partial void ReminderCheckFailed(ILogger logger, Exception exception);
}
