namespace AiOps.Notifications.Storage;

/// <content>Deliveries that wait for their first attempt.</content>
public sealed partial class InMemoryNotificationStore
{
    /// <inheritdoc />
    public Task<IReadOnlyList<Delivery>> GetUnattemptedDeliveriesAsync(
        string notificationType, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(notificationType);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);

        // The deliveries in the order they were stored, which a stable sort keeps for equal creation times.
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<Delivery>>(
                [.. _deliveries.Values
                    .Where(delivery => delivery is { Status: DeliveryStatus.Pending, AttemptCount: 0 }
                        && _notifications.GetValueOrDefault(delivery.NotificationId)?.Type == notificationType)
                    .OrderBy(delivery => delivery.CreatedAt)
                    .Take(limit)]);
        }
    }
}
