using Microsoft.Extensions.Logging;

namespace AiOps.Notifications.Slack.Internal;

/// <summary>The Slack channel's log messages (event ids 5000-5999).</summary>
internal static partial class Log
{
    [LoggerMessage(5000, LogLevel.Debug, "Slack channel {Channel} posted delivery {DeliveryId} ({Mode}).")]
    public static partial void Posted(ILogger logger, string channel, string deliveryId, string mode);

    [LoggerMessage(5001, LogLevel.Warning,
        "Slack channel {Channel} could not post delivery {DeliveryId}: HTTP {Status}, {Detail}; it will be retried.")]
    public static partial void TransientFailure(
        ILogger logger, string channel, string deliveryId, int? status, string? detail);

    [LoggerMessage(5002, LogLevel.Error,
        "Slack channel {Channel} rejected delivery {DeliveryId}: HTTP {Status}, {Detail}.")]
    public static partial void PermanentFailure(
        ILogger logger, string channel, string deliveryId, int? status, string? detail);

    [LoggerMessage(5003, LogLevel.Information,
        "Slack channel {Channel} shortened delivery {DeliveryId} to stay inside Block Kit limits.")]
    public static partial void Shortened(ILogger logger, string channel, string deliveryId);

    [LoggerMessage(5004, LogLevel.Information, "Slack channel {Channel} posts through {Mode} ({Secret}).")]
    public static partial void Configured(ILogger logger, string channel, string mode, string secret);
}
