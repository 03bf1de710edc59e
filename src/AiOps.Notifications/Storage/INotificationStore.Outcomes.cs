namespace AiOps.Notifications.Storage;

/// <content>The outcome of a delivery's last attempt, stored in one write.</content>
public partial interface INotificationStore
{
    /// <summary>Stores an attempt together with the delivery state it led to.</summary>
    /// <param name="attempt">The attempt.</param>
    /// <param name="delivery">The delivery's new state; it must be stored already.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when both are stored.</returns>
    /// <remarks>
    /// The engine calls this for an attempt that ends a delivery's processing (delivered, accepted or failed
    /// for good), so a delivery costs one write instead of two. This default makes the two writes, the
    /// delivery first; a store that can should do both in one transaction, as the built-in ones do.
    /// </remarks>
    /// <exception cref="InvalidOperationException">The delivery is not stored.</exception>
    async Task CompleteAttemptAsync(
        DeliveryAttempt attempt, Delivery delivery, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        ArgumentNullException.ThrowIfNull(delivery);

        await UpdateDeliveryAsync(delivery, cancellationToken).ConfigureAwait(false);
        await AddAttemptAsync(attempt, cancellationToken).ConfigureAwait(false);
    }
}
