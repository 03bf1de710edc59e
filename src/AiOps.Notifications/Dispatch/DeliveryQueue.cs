using AiOps.Notifications.Channels;
using AiOps.Notifications.Telemetry;
using Microsoft.Extensions.Options;

namespace AiOps.Notifications.Dispatch;

/// <summary>
/// The bounded priority queue between publishing and the channels: a bounded lane per channel, and one
/// bound for all lanes together.
/// </summary>
/// <remarks>
/// Thread safe. Each lane holds at most <see cref="LaneCapacity"/> deliveries (by default an even share of
/// <see cref="Capacity"/>), so a slow or dead channel fills only its own lane: deliveries to the other
/// channels are queued at once while its own wait, fail fast or spill. <see cref="Capacity"/> still bounds
/// what is held in memory. What happens at a bound is the caller's <see cref="QueueFullMode"/>, never a
/// silent drop.
/// </remarks>
internal sealed partial class DeliveryQueue : IDisposable
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
        IOptions<AiOpsNotificationsOptions> options,
        TimeProvider timeProvider,
        NotificationsTelemetry? telemetry = null,
        ChannelRegistry? channels = null)
    {
        var queue = options.Value.Queue;
        Capacity = queue.Capacity;
        LaneCapacity = queue.ChannelCapacity ?? Math.Max(1, Capacity / Math.Max(1, channels?.Registrations.Count ?? 0));
        DefaultMode = queue.FullMode;
        _space = new SemaphoreSlim(Capacity, Capacity);
        _timeProvider = timeProvider;
        _agingInterval = (long)(queue.AgingInterval.TotalSeconds * timeProvider.TimestampFrequency);
        telemetry?.ObserveQueueLength(() => Count);
    }

    /// <summary>Gets the most deliveries queued for all channels together.</summary>
    public int Capacity { get; }

    /// <summary>Gets the most deliveries queued for one channel.</summary>
    public int LaneCapacity { get; }

    public QueueFullMode DefaultMode { get; }

    public int Count => Volatile.Read(ref _count);

    /// <summary>
    /// Gets a value indicating whether a delivery goes to the queue now: pending and not scheduled later.
    /// </summary>
    public static bool IsDue(Delivery delivery, DateTimeOffset now) =>
        delivery.Status == DeliveryStatus.Pending && !(delivery.NextAttemptAt > now);

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
    /// <returns><see langword="false"/> when its lane or the queue was full and the mode spills.</returns>
    public async ValueTask<bool> EnqueueAsync(
        DeliveryWorkItem item, QueueFullMode mode, CancellationToken cancellationToken)
    {
        if (!Track(item, out var lane))
        {
            return true;
        }

        if (!await ReserveSpaceAsync(lane, item, mode, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        Add(lane, item);
        return true;
    }

    /// <summary>Queues a delivery if its lane and the queue have room now, never waiting.</summary>
    /// <returns><see langword="false"/> when there was no room; the delivery is then not tracked.</returns>
    public bool TryEnqueue(DeliveryWorkItem item)
    {
        if (!Track(item, out var lane))
        {
            return true;
        }

        if (!TryReserve(lane))
        {
            Complete(item.DeliveryId);
            return false;
        }

        Add(lane, item);
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
        lane.Space.Release();
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

    private bool Track(DeliveryWorkItem item, out ChannelLane lane)
    {
        lock (_gate)
        {
            lane = GetLane(item.Channel);
            return _tracked.Add(item.DeliveryId);
        }
    }

    private void Add(ChannelLane lane, DeliveryWorkItem item)
    {
        lock (_gate)
        {
            lane.Add(item with { Sequence = ++_sequence, EnqueuedAt = _timeProvider.GetTimestamp() });
            _count++;
        }

        lane.Signal.Release();
    }

    private ChannelLane GetLane(string channel)
    {
        if (!_lanes.TryGetValue(channel, out var lane))
        {
            lane = new ChannelLane(channel, LaneCapacity);
            _lanes.Add(channel, lane);
        }

        return lane;
    }
}
