using Microsoft.Extensions.Logging;

namespace AiOps.Notifications.Email.Internal;

/// <summary>The e-mail channel's log messages, event ids 3000-3999.</summary>
internal static partial class Log
{
    [LoggerMessage(3000, LogLevel.Debug, "E-mail channel {Channel} delivered {DeliveryId} ({StatusCode}).")]
    public static partial void Delivered(ILogger logger, string channel, string deliveryId, int statusCode);

    [LoggerMessage(3001, LogLevel.Debug,
        "E-mail channel {Channel} failed to deliver {DeliveryId}: {Outcome} ({StatusCode}).")]
    public static partial void Failed(
        ILogger logger, string channel, string deliveryId, AttemptOutcome outcome, int? statusCode);

    [LoggerMessage(3002, LogLevel.Warning,
        "E-mail channel {Channel} sends to {Host} without encryption (Security is None).")]
    public static partial void Unencrypted(ILogger logger, string channel, string host);
}
