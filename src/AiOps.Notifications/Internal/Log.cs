using AiOps.Notifications.Channels;
using Microsoft.Extensions.Logging;

namespace AiOps.Notifications.Internal;

internal static partial class Log
{
    [LoggerMessage(1000, LogLevel.Information,
        "AiOps.Notifications started with {ChannelCount} channel(s) and {TemplateCount} template(s)")]
    public static partial void Started(ILogger logger, int channelCount, int templateCount);

    [LoggerMessage(1001, LogLevel.Information, "Incident {IncidentId} detected ({Level}) from {Source}")]
    public static partial void IncidentDetected(ILogger logger, string incidentId, IncidentLevel level, string? source);

    [LoggerMessage(1002, LogLevel.Debug, "Report folded into open incident {IncidentId} (occurrence {Count})")]
    public static partial void IncidentFolded(ILogger logger, string incidentId, int count);

    [LoggerMessage(1003, LogLevel.Information, "Incident {IncidentId} changed to {Status}")]
    public static partial void IncidentChanged(ILogger logger, string incidentId, IncidentStatus status);

    [LoggerMessage(1010, LogLevel.Debug,
        "Notification {NotificationId} ({Type}) published with {DeliveryCount} delivery(ies)")]
    public static partial void NotificationPublished(ILogger logger, string notificationId, string type, int deliveryCount);

    [LoggerMessage(1011, LogLevel.Warning, "Notification {NotificationId} ({Type}) matched no channel")]
    public static partial void NotificationUnrouted(ILogger logger, string notificationId, string type);

    [LoggerMessage(
        1053, LogLevel.Debug, "Notification {NotificationId} ({Type}) is not sent: its routes do not send resolved ones")]
    public static partial void ResolvedNotSent(ILogger logger, string notificationId, string type);

    [LoggerMessage(1012, LogLevel.Warning, "Delivery queue is full; delivery {DeliveryId} stays in the outbox")]
    public static partial void DeliverySpilled(ILogger logger, string deliveryId);

    [LoggerMessage(1013, LogLevel.Information,
        "The wait for queue room was cancelled; delivery {DeliveryId} stays in the outbox")]
    public static partial void DeliveryWaitCancelled(ILogger logger, string deliveryId);

    [LoggerMessage(1020, LogLevel.Debug, "Delivery {DeliveryId} on {Channel} ended {Status} after attempt {Attempt}")]
    public static partial void DeliveryCompleted(ILogger logger, string deliveryId, string channel, DeliveryStatus status, int attempt);

    [LoggerMessage(1021, LogLevel.Warning,
        "Delivery {DeliveryId} on {Channel} failed attempt {Attempt} ({Reason}); it will be retried")]
    private static partial void AttemptFailed(ILogger logger, string deliveryId, string channel, int attempt, string reason);

    [LoggerMessage(1022, LogLevel.Error,
        "Delivery {DeliveryId} on {Channel} failed for good after {Attempt} attempt(s) ({Reason})")]
    private static partial void DeliveryFailed(ILogger logger, string deliveryId, string channel, int attempt, string reason);

    public static void AttemptFailed(ILogger logger, string deliveryId, string channel, int attempt, DeliveryResult result)
    {
        if (logger.IsEnabled(LogLevel.Warning))
        {
            AttemptFailed(logger, deliveryId, channel, attempt, Reason(result));
        }
    }

    public static void DeliveryFailed(ILogger logger, string deliveryId, string channel, int attempt, DeliveryResult result)
    {
        if (logger.IsEnabled(LogLevel.Error))
        {
            DeliveryFailed(logger, deliveryId, channel, attempt, Reason(result));
        }
    }

    /// <summary>
    /// Says why an attempt failed: the service's status code when there is one, and its reason with e-mail
    /// addresses masked.
    /// </summary>
    private static string Reason(DeliveryResult result) => (result.StatusCode, result.Detail) switch
    {
        ({ } code, { Length: > 0 } detail) => $"{code}: {MaskAddresses(detail)}",
        ({ } code, _) => $"status {code}",
        (null, { Length: > 0 } detail) => MaskAddresses(detail),
        _ => "no reason given",
    };

    [LoggerMessage(1023, LogLevel.Information,
        "Delivery {DeliveryId} on {Channel} moved to the outbox; next attempt at {NextAttemptAt:O}")]
    public static partial void DeliveryRescheduled(ILogger logger, string deliveryId, string channel, DateTimeOffset nextAttemptAt);

    [LoggerMessage(1024, LogLevel.Error, "Delivery {DeliveryId} on {Channel} could not be processed")]
    public static partial void DeliveryCrashed(ILogger logger, Exception exception, string deliveryId, string channel);

    [LoggerMessage(1025, LogLevel.Error, "Delivery {DeliveryId} names channel {Channel}, which is not registered")]
    public static partial void UnknownChannel(ILogger logger, string deliveryId, string channel);

    [LoggerMessage(1026, LogLevel.Debug,
        "Delivery {DeliveryId} waits for the group message of {Leader}; next look at {NextAttemptAt:O}")]
    public static partial void DeliveryWaitsForGroup(
        ILogger logger, string deliveryId, string leader, DateTimeOffset nextAttemptAt);

    [LoggerMessage(1030, LogLevel.Information, "Outbox resumed {Count} pending delivery(ies)")]
    public static partial void OutboxResumed(ILogger logger, int count);

    [LoggerMessage(1031, LogLevel.Error, "Outbox poll failed; it will try again")]
    public static partial void OutboxPollFailed(ILogger logger, Exception exception);

    [LoggerMessage(1040, LogLevel.Information,
        "Escalation of incident {IncidentId} started with policy {Policy}; first step due at {DueAt:O}")]
    public static partial void EscalationStarted(ILogger logger, string incidentId, string policy, DateTimeOffset dueAt);

    [LoggerMessage(1041, LogLevel.Warning, "Incident {IncidentId} escalated: policy {Policy}, step {Step}")]
    public static partial void EscalationStep(ILogger logger, string incidentId, string policy, int step);

    [LoggerMessage(1042, LogLevel.Error, "Escalation of incident {IncidentId} failed; it will be tried again")]
    public static partial void EscalationFailed(ILogger logger, Exception exception, string incidentId);

    [LoggerMessage(1043, LogLevel.Debug, "Delivery {DeliveryId} cancelled: {Reason}")]
    public static partial void DeliveryCancelled(ILogger logger, string deliveryId, string reason);

    [LoggerMessage(1044, LogLevel.Warning,
        "Escalation policy {Policy} changed while incident {IncidentId} was escalating: its step {Step} of round " +
        "{Round} is gone (the policy has {StepCount} step(s) and {RoundCount} round(s)); that round ends there")]
    public static partial void EscalationPolicyChanged(
        ILogger logger, string incidentId, string policy, int step, int round, int stepCount, int roundCount);
}
