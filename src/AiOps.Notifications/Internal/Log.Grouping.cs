using Microsoft.Extensions.Logging;

namespace AiOps.Notifications.Internal;

/// <content>Groups rebuilt at start-up: event ids 1027-1028.</content>
internal static partial class Log
{
    [LoggerMessage(1027, LogLevel.Information,
        "{Count} delivery(ies) waiting for a group message rejoined their groups at start-up")]
    public static partial void GroupsRestored(ILogger logger, int count);

    [LoggerMessage(1028, LogLevel.Warning,
        "Start-up read the oldest {Limit} detected incidents waiting for their first delivery attempt; "
        + "the later ones go out without their groups")]
    public static partial void GroupRestoreLimited(ILogger logger, int limit);
}
