namespace AiOps.Notifications.Storage;

/// <content>Attempts of chosen deliveries, for the notification history across incidents.</content>
public partial interface INotificationStore
{
    /// <summary>Gets every attempt of the given deliveries, oldest first within each delivery.</summary>
    /// <param name="deliveryIds">The deliveries, usually one page of <see cref="QueryDeliveriesAsync"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The attempts, ordered by delivery as given, then by start time and number.</returns>
    Task<IReadOnlyList<DeliveryAttempt>> GetAttemptsForDeliveriesAsync(
        IReadOnlyCollection<string> deliveryIds, CancellationToken cancellationToken = default);
}
