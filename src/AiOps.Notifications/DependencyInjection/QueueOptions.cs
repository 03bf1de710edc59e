namespace AiOps.Notifications;

/// <summary>Settings of the bounded delivery queue (<c>AiOps:Queue</c>).</summary>
public sealed class QueueOptions
{
    /// <summary>Gets or sets how many deliveries the queue holds, all channels together.</summary>
    /// <value>Defaults to 10,000.</value>
    public int Capacity { get; set; } = 10_000;

    /// <summary>Gets or sets how many deliveries one channel's lane holds.</summary>
    /// <value>
    /// Defaults to none: <see cref="Capacity"/> is shared evenly between the channels the host added.
    /// </value>
    /// <remarks>
    /// A full lane makes only deliveries to its own channel wait, fail fast or spill. While the lanes
    /// together may hold no more than <see cref="Capacity"/>, no lane can be held up by another; a larger
    /// value lets one channel absorb a longer burst, and then <see cref="Capacity"/> can bind for all.
    /// </remarks>
    public int? ChannelCapacity { get; set; }

    /// <summary>Gets or sets what publishing does when the queue is full.</summary>
    /// <value>Defaults to <see cref="QueueFullMode.Wait"/>.</value>
    public QueueFullMode FullMode { get; set; } = QueueFullMode.Wait;

    /// <summary>
    /// Gets or sets how long a delivery waits before it rises one priority level, so low priorities
    /// never starve.
    /// </summary>
    /// <value>Defaults to 30 seconds.</value>
    public TimeSpan AgingInterval { get; set; } = TimeSpan.FromSeconds(30);
}
