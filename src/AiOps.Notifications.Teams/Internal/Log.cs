using Microsoft.Extensions.Logging;

namespace AiOps.Notifications.Teams.Internal;

/// <summary>The Teams channel's log messages (event ids 6000-6999).</summary>
internal static partial class Log
{
    [LoggerMessage(6000, LogLevel.Debug, "Teams channel {Channel} handed over delivery {DeliveryId} (HTTP {Status}).")]
    public static partial void Accepted(ILogger logger, string channel, string deliveryId, int? status);

    [LoggerMessage(6001, LogLevel.Warning,
        "Teams channel {Channel} could not post delivery {DeliveryId}: HTTP {Status}, {Detail}; it will be retried.")]
    public static partial void TransientFailure(
        ILogger logger, string channel, string deliveryId, int? status, string? detail);

    [LoggerMessage(6002, LogLevel.Error, "Teams channel {Channel} rejected delivery {DeliveryId}: HTTP {Status}, {Detail}.")]
    public static partial void PermanentFailure(
        ILogger logger, string channel, string deliveryId, int? status, string? detail);

    [LoggerMessage(6003, LogLevel.Information,
        "Teams channel {Channel} shortened delivery {DeliveryId} to stay under {MaxBytes} bytes.")]
    public static partial void Shortened(ILogger logger, string channel, string deliveryId, int maxBytes);

    [LoggerMessage(6004, LogLevel.Warning,
        "Teams channel {Channel} uses a legacy Office 365 connector URL ({Secret}); Microsoft is retiring these. " +
        "Create a Workflows webhook and use it instead.")]
    public static partial void LegacyConnector(ILogger logger, string channel, string secret);

    [LoggerMessage(6005, LogLevel.Information, "Teams channel {Channel} posts {Format} bodies to {Secret}.")]
    public static partial void Configured(ILogger logger, string channel, TeamsMessageFormat format, string secret);
}
