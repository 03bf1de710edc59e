namespace AiOps.Notifications;

/// <summary>Settings of the bounded delivery queue (<c>AiOps:Queue</c>).</summary>
public sealed class QueueOptions
{
    /// <summary>Gets or sets how many deliveries the queue holds.</summary>
    /// <value>Defaults to 10,000.</value>
    public int Capacity { get; set; } = 10_000;

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
