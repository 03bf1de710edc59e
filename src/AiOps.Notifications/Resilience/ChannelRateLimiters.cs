using System.Collections.Concurrent;
using System.Threading.RateLimiting;
using AiOps.Notifications.Channels;

namespace AiOps.Notifications.Resilience;

/// <summary>
/// One token bucket per rate-limited channel; attempts wait for a token instead of hitting the
/// service's limit.
/// </summary>
internal sealed class ChannelRateLimiters(int maxWaiting) : IDisposable
{
    private const int DefaultMaxWaiting = 100_000;

    private readonly ConcurrentDictionary<string, RateLimiter?> _limiters = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Initializes a new instance of the <see cref="ChannelRateLimiters"/> class.</summary>
    public ChannelRateLimiters()
        : this(DefaultMaxWaiting)
    {
    }

    /// <summary>
    /// Waits for the channel's token; returns false, with the wait the limiter suggests, when none was granted
    /// (too many attempts already waiting), and then the attempt must not be made.
    /// </summary>
    public async ValueTask<(bool Acquired, TimeSpan? RetryAfter)> WaitAsync(
        INotificationChannel channel, CancellationToken cancellationToken)
    {
        var limiter = _limiters.GetOrAdd(
            channel.Name,
            static (_, state) => Create(state.Limit, state.MaxWaiting),
            (Limit: channel.RateLimit, MaxWaiting: maxWaiting));
        if (limiter is null)
        {
            return (true, null);
        }

        using var lease = await limiter.AcquireAsync(1, cancellationToken).ConfigureAwait(false);
        var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : (TimeSpan?)null;
        return (lease.IsAcquired, lease.IsAcquired ? null : retryAfter);
    }

    public void Dispose()
    {
        foreach (var limiter in _limiters.Values)
        {
            limiter?.Dispose();
        }
    }

    internal static TokenBucketRateLimiterOptions? OptionsFor(
        ChannelRateLimit? limit, int maxWaiting = DefaultMaxWaiting)
    {
        if (limit is null || limit.PermitsPerSecond <= 0)
        {
            return null;
        }

        // Whole tokens per period, no more than the bucket holds, over a period that makes the rate exact:
        // 1.5 per second is one token every 667 ms, not two a second.
        var burst = Math.Max(1, limit.Burst);
        var tokens = (int)Math.Clamp(Math.Floor(limit.PermitsPerSecond), 1, burst);
        return new TokenBucketRateLimiterOptions
        {
            TokenLimit = burst,
            TokensPerPeriod = tokens,
            ReplenishmentPeriod = TimeSpan.FromTicks(
                (long)Math.Round(tokens * TimeSpan.TicksPerSecond / limit.PermitsPerSecond)),
            QueueLimit = maxWaiting,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        };
    }

    private static TokenBucketRateLimiter? Create(ChannelRateLimit? limit, int maxWaiting) =>
        OptionsFor(limit, maxWaiting) is { } options ? new TokenBucketRateLimiter(options) : null;
}
