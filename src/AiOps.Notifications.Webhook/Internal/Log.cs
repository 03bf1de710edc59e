using Microsoft.Extensions.Logging;

namespace AiOps.Notifications.Webhook.Internal;

/// <summary>The webhook channel's log messages, event ids 4000-4999.</summary>
internal static partial class Log
{
    [LoggerMessage(4000, LogLevel.Debug, "Webhook channel {Channel} delivered {DeliveryId} ({StatusCode}).")]
    public static partial void Delivered(ILogger logger, string channel, string deliveryId, int? statusCode);

    [LoggerMessage(4001, LogLevel.Debug,
        "Webhook channel {Channel} failed to deliver {DeliveryId}: {Outcome} ({StatusCode}).")]
    public static partial void Failed(
        ILogger logger, string channel, string deliveryId, AttemptOutcome outcome, int? statusCode);
}
