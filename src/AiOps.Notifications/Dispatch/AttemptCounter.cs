namespace AiOps.Notifications.Dispatch;

/// <summary>Counts the attempts of one delivery across the retries of one processing run.</summary>
internal sealed class AttemptCounter(int previous)
{
    private int _count = previous;

    public int Count => Volatile.Read(ref _count);

    /// <summary>Gets or sets the last attempt when it ended the run: it is stored with the delivery's outcome.</summary>
    public DeliveryAttempt? Final { get; set; }

    public int Next() => Interlocked.Increment(ref _count);
}
