using Microsoft.Extensions.Logging;

namespace AiOps.Notifications.Internal;

/// <content>Silences: event ids 1060-1069.</content>
internal static partial class Log
{
    [LoggerMessage(1060, LogLevel.Warning,
        "Silence {SilenceId} is not applied: one of its stored matchers does not parse; expire it and create it again")]
    public static partial void SilenceNotApplied(ILogger logger, Exception exception, string silenceId);
}
