namespace AiOps.Notifications.Storage;

/// <content>The outcome of a delivery's last attempt, stored under one lock.</content>
public sealed partial class InMemoryNotificationStore
{
    /// <inheritdoc />
    public Task CompleteAttemptAsync(
        DeliveryAttempt attempt, Delivery delivery, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        ArgumentNullException.ThrowIfNull(delivery);

        // The lock is re-entrant: both changes are seen together or not at all.
        lock (_gate)
        {
            UpdateDeliveryAsync(delivery, cancellationToken);
            AddAttemptAsync(attempt, cancellationToken);
        }

        return Task.CompletedTask;
    }
}
