using Polly;

namespace AiOps.Notifications.Dispatch;

/// <summary>Counts the attempts of one delivery across the retries of one processing run.</summary>
internal sealed class AttemptCounter(int previous)
{
    private int _count = previous;

    /// <summary>Gets the key under which a run's counter travels with it through the channel's pipeline.</summary>
    public static ResiliencePropertyKey<AttemptCounter> Key { get; } = new("aiops.attempts");

    public int Count => Volatile.Read(ref _count);

    /// <summary>Gets or sets the last attempt when it ended the run: it is stored with the delivery's outcome.</summary>
    public DeliveryAttempt? Final { get; set; }

    /// <summary>
    /// Gets or sets why the run stopped before an attempt without sending: the incident was acknowledged or
    /// resolved while the delivery waited for it.
    /// </summary>
    public string? StaleReason { get; set; }

    public int Next() => Interlocked.Increment(ref _count);
}
