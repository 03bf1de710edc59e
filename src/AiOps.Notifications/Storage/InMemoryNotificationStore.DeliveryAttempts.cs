namespace AiOps.Notifications.Storage;

/// <content>Attempts of chosen deliveries.</content>
public sealed partial class InMemoryNotificationStore
{
    /// <inheritdoc />
    public Task<IReadOnlyList<DeliveryAttempt>> GetAttemptsForDeliveriesAsync(
        IReadOnlyCollection<string> deliveryIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(deliveryIds);

        lock (_gate)
        {
            var byDelivery = _attempts.ToLookup(attempt => attempt.DeliveryId, StringComparer.Ordinal);
            return Task.FromResult<IReadOnlyList<DeliveryAttempt>>(
                [.. deliveryIds.Distinct(StringComparer.Ordinal).SelectMany(id => byDelivery[id]
                    .OrderBy(attempt => attempt.StartedAt)
                    .ThenBy(attempt => attempt.Number))]);
        }
    }
}
