using AiOps.Notifications.Telemetry;
using Microsoft.Extensions.Options;

namespace AiOps.Notifications.Dispatch;

/// <summary>
/// The bounded priority queue between publishing and the channels: one lane per channel, one bound for
/// all.
/// </summary>
/// <remarks>
/// Thread safe. A lane per channel lets a slow or dead channel fill only its own lane while the
/// others keep draining. The bound counts every queued delivery; what happens when it is reached
/// is the caller's <see cref="QueueFullMode"/>, never a silent drop.
/// </remarks>
internal sealed class DeliveryQueue : IDisposable
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, ChannelLane> _lanes = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _tracked = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _space;
    private readonly TimeProvider _timeProvider;
    private readonly long _agingInterval;
    private long _sequence;
    private int _count;

    public DeliveryQueue(
        IOptions<AiOpsNotificationsOptions> options, TimeProvider timeProvider, NotificationsTelemetry? telemetry = null)
    {
        var queue = options.Value.Queue;
        Capacity = queue.Capacity;
        DefaultMode = queue.FullMode;
        _space = new SemaphoreSlim(Capacity, Capacity);
        _timeProvider = timeProvider;
        _agingInterval = (long)(queue.AgingInterval.TotalSeconds * timeProvider.TimestampFrequency);
        telemetry?.ObserveQueueLength(() => Count);
    }

    public int Capacity { get; }

    public QueueFullMode DefaultMode { get; }

    public int Count => Volatile.Read(ref _count);

    /// <summary>
    /// Refuses new work when the queue is full and the mode fails fast; called before anything is stored,
    /// so a refusal leaves no trace.
    /// </summary>
    public void ThrowIfFull(QueueFullMode mode)
    {
        if (mode == QueueFullMode.FailFast && _space.CurrentCount == 0)
        {
            throw Full();
        }
    }

    /// <summary>
    /// Gets the mode for queuing work that is already stored: failing then would report an error for a
    /// notification that exists, so fail-fast becomes spill-to-outbox (the poller queues it when there is
    /// room).
    /// </summary>
    public static QueueFullMode AfterStoring(QueueFullMode mode) =>
        mode == QueueFullMode.FailFast ? QueueFullMode.SpillToOutbox : mode;

    /// <summary>Gets a value indicating whether a delivery is queued or being processed.</summary>
    public bool IsTracked(string deliveryId)
    {
        lock (_gate)
        {
            return _tracked.Contains(deliveryId);
        }
    }

    /// <summary>Queues a delivery unless it is already queued or in flight.</summary>
    /// <returns><see langword="false"/> when the queue was full and the mode spills to the outbox.</returns>
    public async ValueTask<bool> EnqueueAsync(
        DeliveryWorkItem item, QueueFullMode mode, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (!_tracked.Add(item.DeliveryId))
            {
                return true;
            }
        }

        if (!await ReserveSpaceAsync(item, mode, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        ChannelLane lane;
        lock (_gate)
        {
            lane = GetLane(item.Channel);
            lane.Add(item with { Sequence = ++_sequence, EnqueuedAt = _timeProvider.GetTimestamp() });
            _count++;
        }

        lane.Signal.Release();
        return true;
    }

    /// <summary>Waits for the next delivery of a channel.</summary>
    public async ValueTask<DeliveryWorkItem> DequeueAsync(string channel, CancellationToken cancellationToken)
    {
        ChannelLane lane;
        lock (_gate)
        {
            lane = GetLane(channel);
        }

        await lane.Signal.WaitAsync(cancellationToken).ConfigureAwait(false);
        DeliveryWorkItem item;
        lock (_gate)
        {
            item = lane.Take(_timeProvider.GetTimestamp(), _agingInterval);
            _count--;
        }

        _space.Release();
        return item;
    }

    /// <summary>Forgets a delivery once its processing ended, so the outbox may queue it again.</summary>
    public void Complete(string deliveryId)
    {
        lock (_gate)
        {
            _tracked.Remove(deliveryId);
        }
    }

    public void Dispose() => _space.Dispose();

    private async ValueTask<bool> ReserveSpaceAsync(
        DeliveryWorkItem item, QueueFullMode mode, CancellationToken cancellationToken)
    {
        if (_space.Wait(0))
        {
            return true;
        }

        if (mode == QueueFullMode.Wait)
        {
            try
            {
                await _space.WaitAsync(cancellationToken).ConfigureAwait(false);
                return true;
            }
            catch (OperationCanceledException)
            {
                Complete(item.DeliveryId);
                throw;
            }
        }

        Complete(item.DeliveryId);
        return mode == QueueFullMode.SpillToOutbox ? false : throw Full();
    }

    private QueueFullException Full() => new(
        $"The delivery queue is full ({Capacity} deliveries). Raise AiOps:Queue:Capacity, " +
        "or set AiOps:Queue:FullMode to Wait or SpillToOutbox.");

    private ChannelLane GetLane(string channel)
    {
        if (!_lanes.TryGetValue(channel, out var lane))
        {
            lane = new ChannelLane();
            _lanes.Add(channel, lane);
        }

        return lane;
    }
}
