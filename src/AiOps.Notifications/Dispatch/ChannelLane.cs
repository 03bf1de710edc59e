namespace AiOps.Notifications.Dispatch;

/// <summary>
/// The queued deliveries of one channel: a FIFO per priority, a signal counting them and the lane's own
/// bound.
/// </summary>
/// <remarks>
/// Not thread safe on its own: <see cref="DeliveryQueue"/> guards the FIFOs. The semaphores are thread safe.
/// </remarks>
/// <param name="channel">The channel.</param>
/// <param name="capacity">The most deliveries the lane holds.</param>
internal sealed class ChannelLane(string channel, int capacity)
{
    private const int Levels = (int)NotificationPriority.Critical + 1;

    private readonly Queue<DeliveryWorkItem>[] _byPriority =
        [.. Enumerable.Range(0, Levels).Select(_ => new Queue<DeliveryWorkItem>())];

    /// <summary>Gets the queued deliveries, released by each add and taken by each take.</summary>
    public SemaphoreSlim Signal { get; } = new(0);

    /// <summary>Gets the free places of this lane, so one channel cannot take every place of the queue.</summary>
    public SemaphoreSlim Space { get; } = new(capacity, capacity);

    public string Channel { get; } = channel;

    public void Add(DeliveryWorkItem item) => _byPriority[(int)item.Priority].Enqueue(item);

    /// <summary>Takes the head with the highest effective priority; ties go to the oldest.</summary>
    /// <remarks>
    /// Aging: an item rises one level for every <paramref name="agingInterval"/> it has waited, up to
    /// Critical, so a steady stream of urgent work cannot hold low-priority work back for ever. Only
    /// heads compete: inside one FIFO the head has waited longest and so has aged most.
    /// </remarks>
    public DeliveryWorkItem Take(long now, long agingInterval)
    {
        Queue<DeliveryWorkItem>? best = null;
        var bestLevel = -1;
        long bestSequence = 0;
        foreach (var queue in _byPriority)
        {
            if (!queue.TryPeek(out var head))
            {
                continue;
            }

            var aged = agingInterval <= 0 ? 0 : (now - head.EnqueuedAt) / agingInterval;
            var level = (int)Math.Min(Levels - 1, (int)head.Priority + aged);
            if (level > bestLevel || (level == bestLevel && head.Sequence < bestSequence))
            {
                best = queue;
                bestLevel = level;
                bestSequence = head.Sequence;
            }
        }

        return best is null
            ? throw new InvalidOperationException("The lane was signalled but holds no item.")
            : best.Dequeue();
    }
}
