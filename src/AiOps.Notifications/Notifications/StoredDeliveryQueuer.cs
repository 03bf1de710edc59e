using AiOps.Notifications.Dispatch;
using AiOps.Notifications.Internal;
using Microsoft.Extensions.Logging;

namespace AiOps.Notifications;

/// <summary>Queues deliveries already in the outbox, so that nothing stored is ever reported as failed.</summary>
/// <remarks>
/// Thread safe. A delivery that does not get into the queue stays pending in the outbox and the outbox poller
/// queues it when there is room; that is why neither a full queue nor a cancelled wait is an error here.
/// </remarks>
internal sealed class StoredDeliveryQueuer(
    DeliveryQueue queue, TimeProvider timeProvider, ILogger<StoredDeliveryQueuer> logger)
{
    /// <summary>Queues the stored deliveries that are pending and due now.</summary>
    /// <param name="deliveries">The deliveries, as stored.</param>
    /// <param name="mode">What to do when the queue is full; fail-fast spills, since the work is stored.</param>
    /// <param name="cancellationToken">
    /// Cancels a wait for queue room: the delivery waiting and those after it stay in the outbox.
    /// </param>
    public async Task QueueAsync(
        IEnumerable<Delivery> deliveries, QueueFullMode mode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(deliveries);

        // Lanes with room take their deliveries first; only then may a full lane make the caller wait.
        var now = timeProvider.GetUtcNow();
        List<Delivery>? full = null;
        foreach (var delivery in deliveries)
        {
            if (DeliveryQueue.IsDue(delivery, now) && !queue.TryEnqueue(WorkItem(delivery)))
            {
                (full ??= []).Add(delivery);
            }
        }

        var queuing = DeliveryQueue.AfterStoring(mode);
        foreach (var delivery in full ?? [])
        {
            queuing = await QueueOneAsync(delivery, queuing, cancellationToken).ConfigureAwait(false);
        }
    }

    private static DeliveryWorkItem WorkItem(Delivery delivery) =>
        new(delivery.Id, delivery.Channel, delivery.Priority);

    /// <summary>Queues one delivery and gets the mode for the next: once a wait is cancelled, the rest spill.</summary>
    private async Task<QueueFullMode> QueueOneAsync(
        Delivery delivery, QueueFullMode mode, CancellationToken cancellationToken)
    {
        try
        {
            if (!await queue.EnqueueAsync(WorkItem(delivery), mode, cancellationToken).ConfigureAwait(false))
            {
                Log.DeliverySpilled(logger, delivery.Id);
            }

            return mode;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The queue forgot the item when the wait ended, so the outbox poller is free to queue it.
            Log.DeliveryWaitCancelled(logger, delivery.Id);
            return QueueFullMode.SpillToOutbox;
        }
    }
}
