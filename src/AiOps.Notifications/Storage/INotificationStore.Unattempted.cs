namespace AiOps.Notifications.Storage;

/// <content>Deliveries that wait for their first attempt, read when the host starts.</content>
public partial interface INotificationStore
{
    /// <summary>
    /// Lists pending deliveries that were never attempted, of notifications of one type, oldest first.
    /// </summary>
    /// <param name="notificationType">The notification type, such as <c>incident.detected</c>.</param>
    /// <param name="limit">The most to return.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>
    /// The deliveries with <see cref="Delivery.AttemptCount"/> 0, by <see cref="Delivery.CreatedAt"/>;
    /// those created at the same time in the order they were stored.
    /// </returns>
    /// <remarks>
    /// The engine calls this once at start-up to put detected incidents that wait for their group message
    /// back into their groups. It reads only pending deliveries, so its cost follows the outbox, not the
    /// history.
    /// </remarks>
    Task<IReadOnlyList<Delivery>> GetUnattemptedDeliveriesAsync(
        string notificationType, int limit, CancellationToken cancellationToken = default);
}
