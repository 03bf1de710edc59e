using AiOps.Notifications.Channels;

namespace AiOps.Notifications.Resilience;

/// <summary>The waits before a retry, shared by the in-memory retries and the outbox.</summary>
/// <remarks>
/// A rate-limited answer (429) is never retried sooner than <see cref="RateLimitFloor"/>, whatever its
/// <c>Retry-After</c> says (0, or a date already past); other failures use the configured backoff unless the
/// service names a longer wait. A shorter <c>Retry-After</c> never cuts the backoff short.
/// </remarks>
internal static class RetryDelays
{
    private const int TooManyRequests = 429;
    private const int MaxDoublings = 16;

    private static readonly TimeSpan MinRateLimitedWait = TimeSpan.FromSeconds(1);

    /// <summary>Gets a value indicating whether the service said the sender is over its limit.</summary>
    public static bool IsRateLimited(DeliveryResult result) => result.StatusCode == TooManyRequests;

    /// <summary>The shortest wait after a 429: one second, or the retry base delay when that is longer.</summary>
    public static TimeSpan RateLimitFloor(DeliveryOptions settings) =>
        settings.RetryBaseDelay > MinRateLimitedWait ? settings.RetryBaseDelay : MinRateLimitedWait;

    /// <summary>
    /// The wait before in-memory retry <paramref name="retryNumber"/> (0 for the first), or null to use the
    /// configured exponential backoff with its jitter. A named <c>Retry-After</c> gets the longer of it and the
    /// backoff.
    /// </summary>
    public static TimeSpan? ForRetry(DeliveryResult? result, int retryNumber, DeliveryOptions settings)
    {
        if (result is null)
        {
            return null;
        }

        if (IsRateLimited(result))
        {
            var floor = RateLimitFloor(settings);
            var wait = result.RetryAfter ?? Backoff(floor, retryNumber);
            return wait > floor ? wait : floor;
        }

        // "Retry-After: 0" names no wait, so the backoff applies.
        if (result.RetryAfter is not { } named || named <= TimeSpan.Zero)
        {
            return null;
        }

        var backoff = Backoff(settings.RetryBaseDelay, retryNumber);
        return named > backoff ? named : backoff;
    }

    /// <summary>The exponential backoff without jitter: the base delay doubled for each earlier retry.</summary>
    private static TimeSpan Backoff(TimeSpan baseDelay, int retryNumber) =>
        baseDelay * Math.Pow(2, Math.Min(retryNumber, MaxDoublings));

    /// <summary>
    /// The wait before an outbox retry: the backoff, or the service's longer <c>Retry-After</c>, never more
    /// than <see cref="DeliveryOptions.MaxOutboxDelay"/> nor, after a 429, less than the floor.
    /// </summary>
    public static TimeSpan ForOutbox(DeliveryResult result, TimeSpan backoff, DeliveryOptions settings)
    {
        var wait = result.RetryAfter is { } named && named > backoff ? named : backoff;
        if (wait > settings.MaxOutboxDelay)
        {
            wait = settings.MaxOutboxDelay;
        }

        var floor = IsRateLimited(result) ? RateLimitFloor(settings) : TimeSpan.Zero;
        return wait > floor ? wait : floor;
    }
}
