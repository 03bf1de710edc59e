namespace AiOps.Notifications.Dispatch;

/// <summary>Counts the attempts of one delivery across the retries of one processing run.</summary>
internal sealed class AttemptCounter(int previous)
{
    private int _count = previous;

    public int Count => Volatile.Read(ref _count);

    public int Next() => Interlocked.Increment(ref _count);
}
