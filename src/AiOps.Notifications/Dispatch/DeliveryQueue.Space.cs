namespace AiOps.Notifications.Dispatch;

/// <content>The bounds: refusing before storing, and taking a place in a lane and in the queue.</content>
internal sealed partial class DeliveryQueue
{
    /// <summary>
    /// Refuses new work when the queue as a whole is full and the mode fails fast; called before anything
    /// is stored, so a refusal leaves no trace.
    /// </summary>
    public void ThrowIfFull(QueueFullMode mode)
    {
        if (mode == QueueFullMode.FailFast && _space.CurrentCount == 0)
        {
            throw TotalFull();
        }
    }

    /// <summary>Refuses new work for one channel when its lane or the queue is full and the mode fails fast.</summary>
    public void ThrowIfFull(QueueFullMode mode, string channel)
    {
        if (mode != QueueFullMode.FailFast)
        {
            return;
        }

        var lane = LaneOf(channel);
        if (!HasRoom(lane))
        {
            throw Full(lane);
        }
    }

    /// <summary>
    /// Refuses a notification when the mode fails fast and none of its due deliveries has room (its lane or
    /// the queue is full); called before it is stored.
    /// </summary>
    /// <remarks>
    /// When one lane has room the notification is accepted: a full channel must not hold back the others.
    /// Its deliveries to full lanes are then queued as stored work (<see cref="AfterStoring"/>), so they spill.
    /// </remarks>
    public void ThrowIfFull(QueueFullMode mode, ReadOnlySpan<Delivery> deliveries, DateTimeOffset now)
    {
        if (mode != QueueFullMode.FailFast)
        {
            return;
        }

        ChannelLane? full = null;
        foreach (var delivery in deliveries)
        {
            if (!IsDue(delivery, now))
            {
                continue;
            }

            full = LaneOf(delivery.Channel);
            if (HasRoom(full))
            {
                return;
            }
        }

        if (full is not null)
        {
            throw Full(full);
        }
    }

    private bool HasRoom(ChannelLane lane) => lane.Space.CurrentCount > 0 && _space.CurrentCount > 0;

    private ChannelLane LaneOf(string channel)
    {
        lock (_gate)
        {
            return GetLane(channel);
        }
    }

    /// <summary>Takes a place in the lane, then one in the queue; both or neither.</summary>
    private bool TryReserve(ChannelLane lane)
    {
        if (!lane.Space.Wait(0))
        {
            return false;
        }

        if (_space.Wait(0))
        {
            return true;
        }

        lane.Space.Release();
        return false;
    }

    private async ValueTask<bool> ReserveSpaceAsync(
        ChannelLane lane, DeliveryWorkItem item, QueueFullMode mode, CancellationToken cancellationToken)
    {
        if (TryReserve(lane))
        {
            return true;
        }

        if (mode != QueueFullMode.Wait)
        {
            Complete(item.DeliveryId);
            return mode == QueueFullMode.SpillToOutbox ? false : throw Full(lane);
        }

        try
        {
            await WaitForSpaceAsync(lane, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException)
        {
            Complete(item.DeliveryId);
            throw;
        }
    }

    /// <summary>Waits for a place in the lane, then for one in the queue, in that order for every caller.</summary>
    private async Task WaitForSpaceAsync(ChannelLane lane, CancellationToken cancellationToken)
    {
        await lane.Space.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await _space.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            lane.Space.Release();
            throw;
        }
    }

    private QueueFullException Full(ChannelLane lane) => _space.CurrentCount == 0
        ? TotalFull()
        : new($"The delivery queue's lane for channel '{lane.Channel}' is full ({LaneCapacity} deliveries). " +
            "Nothing was stored. Raise AiOps:Queue:ChannelCapacity, or ask for Wait or SpillToOutbox (the call's " +
            "WhenQueueFull or AiOps:Queue:FullMode).");

    private QueueFullException TotalFull() => new(
        $"The delivery queue is full ({Capacity} deliveries). Nothing was stored. Raise AiOps:Queue:Capacity, " +
        "or ask for Wait or SpillToOutbox (the call's WhenQueueFull or AiOps:Queue:FullMode).");
}
