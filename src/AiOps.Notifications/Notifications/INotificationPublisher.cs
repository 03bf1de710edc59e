namespace AiOps.Notifications;

/// <summary>Publishes notifications: routes them, writes them to the outbox and queues their deliveries.</summary>
/// <remarks>Thread safe. A returned notification is stored; its deliveries go out in the background.</remarks>
public interface INotificationPublisher
{
    /// <summary>Publishes a notification.</summary>
    /// <param name="request">What to send.</param>
    /// <param name="cancellationToken">
    /// Cancels the call until the notification is stored. After that it only ends a wait for queue room: the call
    /// returns the stored notification and its deliveries stay in the outbox, which the outbox poller queues later.
    /// </param>
    /// <returns>The stored notification.</returns>
    /// <exception cref="QueueFullException">The queue is full and its mode is <see cref="QueueFullMode.FailFast"/>.</exception>
    Task<Notification> PublishAsync(NotificationRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Sends a failed delivery again: it goes back to the queue with its identifier and attempt
    /// history.
    /// </summary>
    /// <param name="deliveryId">The delivery.</param>
    /// <param name="cancellationToken">
    /// Cancels the call until the delivery is stored as pending; after that a cancelled wait for queue room leaves
    /// it in the outbox.
    /// </param>
    /// <returns>The delivery as queued, or <see langword="null"/> when no such delivery exists.</returns>
    /// <exception cref="InvalidOperationException">The delivery has not failed (it is pending, delivered or muted).</exception>
    Task<Delivery?> ResendAsync(string deliveryId, CancellationToken cancellationToken = default);
}
