using System.Collections.Concurrent;
using System.Threading.RateLimiting;
using AiOps.Notifications.Channels;

namespace AiOps.Notifications.Resilience;

/// <summary>
/// One token bucket per rate-limited channel; attempts wait for a token instead of hitting the
/// service's limit.
/// </summary>
internal sealed class ChannelRateLimiters : IDisposable
{
    private const int MaxWaiting = 100_000;

    private readonly ConcurrentDictionary<string, RateLimiter?> _limiters = new(StringComparer.OrdinalIgnoreCase);

    public async ValueTask WaitAsync(INotificationChannel channel, CancellationToken cancellationToken)
    {
        var limiter = _limiters.GetOrAdd(channel.Name, static (_, limit) => Create(limit), channel.RateLimit);
        if (limiter is null)
        {
            return;
        }

        using var lease = await limiter.AcquireAsync(1, cancellationToken).ConfigureAwait(false);
    }

    public void Dispose()
    {
        foreach (var limiter in _limiters.Values)
        {
            limiter?.Dispose();
        }
    }

    internal static TokenBucketRateLimiterOptions? OptionsFor(ChannelRateLimit? limit)
    {
        if (limit is null || limit.PermitsPerSecond <= 0)
        {
            return null;
        }

        // A fractional rate refills one token per 1/rate seconds; a whole rate refills that many each second.
        var slow = limit.PermitsPerSecond < 1;
        return new TokenBucketRateLimiterOptions
        {
            TokenLimit = Math.Max(1, limit.Burst),
            TokensPerPeriod = slow ? 1 : (int)Math.Round(limit.PermitsPerSecond),
            ReplenishmentPeriod = slow ? TimeSpan.FromSeconds(1 / limit.PermitsPerSecond) : TimeSpan.FromSeconds(1),
            QueueLimit = MaxWaiting,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        };
    }

    private static TokenBucketRateLimiter? Create(ChannelRateLimit? limit) =>
        OptionsFor(limit) is { } options ? new TokenBucketRateLimiter(options) : null;
}
