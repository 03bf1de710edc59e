using System.Threading.RateLimiting;

namespace AiOps.Notifications.Dashboard.Security;

/// <summary>
/// A fixed-window limiter for one API client, on an injected <see cref="TimeProvider"/>. A refused lease carries
/// <see cref="MetadataName.RetryAfter"/>: what is left of the window, where the framework's
/// <see cref="FixedWindowRateLimiter"/> reports the whole window however much of it has passed.
/// </summary>
/// <remarks>The first window starts when the limiter is built (the client's first request); no queue. Thread safe.
/// </remarks>
internal sealed class ApiWindowLimiter : RateLimiter
{
    private readonly Lock _gate = new();
    private readonly int _permitLimit;
    private readonly TimeSpan _window;
    private readonly TimeProvider _time;
    private readonly long _started;
    private long _windowIndex;
    private int _used;
    private long _failed;
    private long _successful;

    public ApiWindowLimiter(int permitLimit, TimeSpan window, TimeProvider time)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(permitLimit, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(window, TimeSpan.Zero);
        ArgumentNullException.ThrowIfNull(time);

        _permitLimit = permitLimit;
        _window = window;
        _time = time;
        _started = time.GetTimestamp();
    }

    /// <inheritdoc/>
    /// <remarks>Lets the partitioned limiter drop the limiter of a client that has used nothing this window.</remarks>
    public override TimeSpan? IdleDuration
    {
        get
        {
            lock (_gate)
            {
                var elapsed = Advance();
                return _used == 0 ? elapsed - (_window * _windowIndex) : null;
            }
        }
    }

    public override RateLimiterStatistics? GetStatistics()
    {
        lock (_gate)
        {
            Advance();
            return new RateLimiterStatistics
            {
                CurrentAvailablePermits = _permitLimit - _used,
                TotalFailedLeases = _failed,
                TotalSuccessfulLeases = _successful,
            };
        }
    }

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(permitCount, _permitLimit);

        lock (_gate)
        {
            var elapsed = Advance();
            if (_used + Math.Max(permitCount, 1) <= _permitLimit)
            {
                _used += permitCount;
                _successful++;
                return ApiWindowLease.Acquired;
            }

            _failed++;
            return ApiWindowLease.Refused((_window * (_windowIndex + 1)) - elapsed);
        }
    }

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(
        int permitCount, CancellationToken cancellationToken) => ValueTask.FromResult(AttemptAcquireCore(permitCount));

    // Moves to the window the clock is in; returns the time since the first window started.
    private TimeSpan Advance()
    {
        var elapsed = _time.GetElapsedTime(_started);
        var index = elapsed.Ticks / _window.Ticks;
        if (index != _windowIndex)
        {
            _windowIndex = index;
            _used = 0;
        }

        return elapsed;
    }
}
