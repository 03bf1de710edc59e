using AiOps.Notifications.Channels;
using AiOps.Notifications.Escalation;
using AiOps.Notifications.Grouping;
using AiOps.Notifications.Internal;
using AiOps.Notifications.Reminders;
using AiOps.Notifications.Resilience;

namespace AiOps.Notifications.Dispatch;

internal sealed partial class DeliveryProcessor
{
    /// <summary>What an attempt that found its delivery stale returns: no retry, no failure for the breaker.</summary>
    private static DeliveryResult StaleResult { get; } =
        DeliveryResult.Permanent("The incident was acknowledged or resolved before the attempt.");

    private DeliveryAttempt CreateAttempt(
        Delivery delivery, int number, DateTimeOffset started, TimeSpan duration, DeliveryResult result) =>
        new()
        {
            Id = ids.Create("att"),
            DeliveryId = delivery.Id,
            NotificationId = delivery.NotificationId,
            IncidentId = delivery.IncidentId,
            Channel = delivery.Channel,
            Recipient = delivery.Recipient,
            Number = number,
            StartedAt = started,
            Duration = duration,
            Outcome = result.Outcome,
            StatusCode = result.StatusCode,
            Detail = result.Detail,
        };

    private Task FinishAsync(Delivery delivery, DeliveryResult result) =>
        FinishAsync(delivery, result, delivery.AttemptCount, null);

    /// <summary>
    /// Records the outcome of the attempts made, counting <paramref name="attemptCount"/> in all, with the
    /// final attempt when it is not stored yet.
    /// </summary>
    private async Task FinishAsync(Delivery delivery, DeliveryResult result, int attemptCount, DeliveryAttempt? final)
    {
        var now = timeProvider.GetUtcNow();
        var finished = result.Outcome switch
        {
            AttemptOutcome.Delivered => Complete(delivery, attemptCount, DeliveryStatus.Delivered, now, null),
            AttemptOutcome.Accepted => Complete(delivery, attemptCount, DeliveryStatus.Accepted, now, null),
            AttemptOutcome.TransientFailure when attemptCount < _settings.MaxAttempts => delivery with
            {
                AttemptCount = attemptCount,
                NextAttemptAt = now + OutboxDelay(attemptCount, result),
                LastError = result.Detail,
            },
            _ => Complete(delivery, attemptCount, DeliveryStatus.Failed, now, result.Detail),
        };

        // Shutdown must not lose the outcome of an attempt that was made, so the write ignores the token.
        await (final is null
            ? store.UpdateDeliveryAsync(finished, CancellationToken.None)
            : store.CompleteAttemptAsync(final, finished, CancellationToken.None)).ConfigureAwait(false);
        groups.Settle(finished);
        telemetry.Completed(finished.Channel, finished.Status);
        LogOutcome(finished, result);
        if (finished.Status == DeliveryStatus.Failed)
        {
            await EscalateIfAllFailedAsync(finished).ConfigureAwait(false);
        }
    }

    /// <summary>Shows a group's message as its first incident with the others listed, so every channel's templates carry it.</summary>
    private static (Notification Notification, Incident? Incident) GroupedView(
        Notification notification, Incident? incident, GroupTake group)
    {
        if (!group.SendsForOthers || incident is null)
        {
            return (notification, incident);
        }

        var others = group.Members.Count - 1;
        var list = group.Describe();
        var data = new Dictionary<string, string>(notification.Data, StringComparer.Ordinal)
        {
            ["group_count"] = group.Members.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["group_items"] = list,
        };
        var message = (incident.Message is { Length: > 0 } text ? text + "\n\n" : "") + "Grouped incidents:\n" + list;
        return (
            notification with { Data = data },
            incident with { Title = $"{incident.Title} (+{others} more)", Message = message });
    }

    /// <summary>
    /// Says why an escalation or a reminder must not go out any more (its incident was acknowledged or
    /// resolved while it waited), or null when it still should.
    /// </summary>
    private static string? StaleReason(Notification notification, Incident? incident)
    {
        var settled = incident is null || !EscalationService.NeedsEscalation(incident);
        if (!settled || !CanGoStale(notification))
        {
            return null;
        }

        return notification.Type == NotificationTypes.IncidentEscalated
            ? "the incident was acknowledged or resolved before the escalation went out"
            : "the incident was acknowledged or resolved before the reminder went out";
    }

    /// <summary>Gets a value indicating whether an acknowledgement or resolution makes the notification moot.</summary>
    private static bool CanGoStale(Notification notification) =>
        notification.Type == NotificationTypes.IncidentEscalated || IncidentReminder.IsReminder(notification);

    /// <summary>Reads the incident again just before an attempt; says why the delivery went stale, if it did.</summary>
    private async ValueTask<string?> StaleNowAsync(ChannelMessage message, CancellationToken cancellationToken)
    {
        // Only escalations and reminders can go stale, so other deliveries skip the read.
        if (!CanGoStale(message.Notification) || message.Notification.IncidentId is not { } incidentId)
        {
            return null;
        }

        var incident = await store.FindIncidentAsync(incidentId, cancellationToken).ConfigureAwait(false);
        return StaleReason(message.Notification, incident);
    }

    private async Task CancelAsync(Delivery delivery, string reason)
    {
        var now = timeProvider.GetUtcNow();
        var cancelled = Complete(
            delivery, delivery.AttemptCount, DeliveryStatus.Cancelled, now, "Cancelled: " + reason);
        await store.UpdateDeliveryAsync(cancelled)
            .ConfigureAwait(false);
        groups.Settle(cancelled);
        Log.DeliveryCancelled(logger, delivery.Id, reason);
    }

    /// <summary>
    /// Handles a member whose group message another delivery carries: cancelled once that message was
    /// delivered, put back in the outbox while it is still on its way. Returns false when this delivery sends.
    /// </summary>
    private async ValueTask<bool> SettleWithGroupAsync(Delivery delivery, GroupTake group)
    {
        if (group.SentWith is not null)
        {
            await CancelAsync(delivery, $"sent in the group message of {group.SentWith}").ConfigureAwait(false);
            return true;
        }

        if (group.WaitsFor is null)
        {
            return false;
        }

        // The group message may still fail, so the member stays pending until its outcome is known.
        var now = timeProvider.GetUtcNow();
        var resumeAt = group.ResumeAt is { } retry && retry > now ? retry : now + _settings.OutboxPollInterval;
        await store.UpdateDeliveryAsync(delivery with { NextAttemptAt = resumeAt }).ConfigureAwait(false);
        Log.DeliveryWaitsForGroup(logger, delivery.Id, group.WaitsFor, resumeAt);
        return true;
    }

    /// <summary>
    /// When every delivery of an incident's notification failed for good, the next escalation step
    /// fires now.
    /// </summary>
    private async Task EscalateIfAllFailedAsync(Delivery failed)
    {
        if (failed.IncidentId is null)
        {
            return;
        }

        var siblings = await store.GetDeliveriesForNotificationAsync(failed.NotificationId).ConfigureAwait(false);
        if (siblings.Any(delivery => delivery.Status != DeliveryStatus.Failed))
        {
            return;
        }

        var incident = await store.FindIncidentAsync(failed.IncidentId).ConfigureAwait(false);
        if (incident is not null && EscalationService.NeedsEscalation(incident))
        {
            var channels = string.Join(", ", siblings.Select(delivery => delivery.Channel));
            await escalations.BringForwardAsync(incident, $"Delivery failed on every channel ({channels}).", CancellationToken.None)
                .ConfigureAwait(false);
        }
    }

    private static Delivery Complete(
        Delivery delivery, int attemptCount, DeliveryStatus status, DateTimeOffset now, string? error) =>
        delivery with
        {
            AttemptCount = attemptCount,
            Status = status,
            CompletedAt = now,
            NextAttemptAt = null,
            LastError = error,
        };

    private TimeSpan OutboxDelay(int attemptCount, DeliveryResult result)
    {
        var rounds = Math.Max(1, attemptCount / Math.Max(1, _settings.ImmediateAttempts));
        var backoff = _settings.OutboxRetryDelay * Math.Pow(2, Math.Min(rounds - 1, 16));
        if (backoff > _settings.MaxOutboxDelay)
        {
            backoff = _settings.MaxOutboxDelay;
        }

        return RetryDelays.ForOutbox(result, backoff, _settings);
    }

    private void LogOutcome(Delivery delivery, DeliveryResult result)
    {
        switch (delivery.Status)
        {
            case DeliveryStatus.Failed:
                Log.DeliveryFailed(logger, delivery.Id, delivery.Channel, delivery.AttemptCount, result);
                break;
            case DeliveryStatus.Pending:
                Log.DeliveryRescheduled(logger, delivery.Id, delivery.Channel, delivery.NextAttemptAt!.Value);
                break;
            default:
                Log.DeliveryCompleted(logger, delivery.Id, delivery.Channel, delivery.Status, delivery.AttemptCount);
                break;
        }
    }
}
