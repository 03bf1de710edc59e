using System.Collections.Concurrent;

namespace AiOps.Notifications.Dispatch;

/// <summary>
/// Lends the cancellation sources that time out channel attempts, so an attempt does not allocate a new
/// source and timer each time.
/// </summary>
/// <remarks>
/// A source comes back only if <see cref="CancellationTokenSource.TryReset"/> succeeds: when it was not
/// cancelled and its timer is the system one (sources on another <see cref="TimeProvider"/>, such as a
/// test clock, cannot be reset and are simply disposed). At most <see cref="MaxPooled"/> are kept.
/// </remarks>
internal sealed class AttemptTimeouts(TimeProvider timeProvider) : IDisposable
{
    private const int MaxPooled = 256;

    private readonly ConcurrentQueue<CancellationTokenSource> _pool = new();

    /// <summary>Gets a source that cancels itself after <paramref name="timeout"/>.</summary>
    public CancellationTokenSource Rent(TimeSpan timeout)
    {
        if (!_pool.TryDequeue(out var source))
        {
            source = new CancellationTokenSource(Timeout.InfiniteTimeSpan, timeProvider);
        }

        source.CancelAfter(timeout);
        return source;
    }

    /// <summary>Takes a source back once its attempt ended.</summary>
    public void Return(CancellationTokenSource source)
    {
        if (_pool.Count < MaxPooled && source.TryReset())
        {
            _pool.Enqueue(source);
            return;
        }

        source.Dispose();
    }

    public void Dispose()
    {
        while (_pool.TryDequeue(out var source))
        {
            source.Dispose();
        }
    }
}
