namespace AiOps.Notifications;

/// <summary>Publishes notifications: routes them, writes them to the outbox and queues their deliveries.</summary>
/// <remarks>Thread safe. A returned notification is stored; its deliveries go out in the background.</remarks>
public interface INotificationPublisher
{
    /// <summary>Publishes a notification.</summary>
    /// <param name="request">What to send.</param>
    /// <param name="cancellationToken">Cancels the call, not the deliveries once accepted.</param>
    /// <returns>The stored notification.</returns>
    /// <exception cref="QueueFullException">The queue is full and its mode is <see cref="QueueFullMode.FailFast"/>.</exception>
    Task<Notification> PublishAsync(NotificationRequest request, CancellationToken cancellationToken = default);
}
