using AiOps.Notifications.Channels;
using AiOps.Notifications.Resilience;

namespace AiOps.Notifications.Tests.Resilience;

public sealed class RetryDelaysTests
{
    [Fact]
    public void ForRetry_429WithRetryAfterZero_WaitsOneSecond()
    {
        var settings = new DeliveryOptions { RetryBaseDelay = TimeSpan.Zero };

        var wait = RetryDelays.ForRetry(RateLimited(TimeSpan.Zero), 0, settings);

        Assert.Equal(TimeSpan.FromSeconds(1), wait);
    }

    [Fact]
    public void ForRetry_429WithShortRetryAfterAndLongBaseDelay_WaitsTheBaseDelay()
    {
        var settings = new DeliveryOptions { RetryBaseDelay = TimeSpan.FromSeconds(3) };

        var wait = RetryDelays.ForRetry(RateLimited(TimeSpan.FromMilliseconds(200)), 0, settings);

        Assert.Equal(TimeSpan.FromSeconds(3), wait);
    }

    [Fact]
    public void ForRetry_429WithoutRetryAfter_BacksOffFromTheFloor()
    {
        var settings = new DeliveryOptions { RetryBaseDelay = TimeSpan.Zero };

        var wait = RetryDelays.ForRetry(RateLimited(null), 2, settings);

        Assert.Equal(TimeSpan.FromSeconds(4), wait);
    }

    [Fact]
    public void ForRetry_429WithLongerRetryAfter_WaitsThatLong()
    {
        var settings = new DeliveryOptions();

        var wait = RetryDelays.ForRetry(RateLimited(TimeSpan.FromSeconds(20)), 0, settings);

        Assert.Equal(TimeSpan.FromSeconds(20), wait);
    }

    [Fact]
    public void ForRetry_503WithRetryAfterZero_UsesTheConfiguredBackoff()
    {
        var settings = new DeliveryOptions();

        var wait = RetryDelays.ForRetry(DeliveryResult.Transient("unavailable", 503, TimeSpan.Zero), 0, settings);

        Assert.Null(wait);
    }

    [Fact]
    public void ForRetry_503WithRetryAfterShorterThanTheBackoff_WaitsTheBackoff()
    {
        var settings = new DeliveryOptions { RetryBaseDelay = TimeSpan.FromSeconds(2) };

        var wait = RetryDelays.ForRetry(Unavailable(TimeSpan.FromSeconds(1)), 2, settings);

        Assert.Equal(TimeSpan.FromSeconds(8), wait);
    }

    [Fact]
    public void ForRetry_503WithRetryAfterLongerThanTheBackoff_WaitsTheRetryAfter()
    {
        var settings = new DeliveryOptions { RetryBaseDelay = TimeSpan.FromSeconds(2) };

        var wait = RetryDelays.ForRetry(Unavailable(TimeSpan.FromSeconds(9)), 2, settings);

        Assert.Equal(TimeSpan.FromSeconds(9), wait);
    }

    [Fact]
    public void ForOutbox_RetryAfterBeyondMaxOutboxDelay_IsClampedToIt()
    {
        var settings = new DeliveryOptions { MaxOutboxDelay = TimeSpan.FromHours(1) };

        var wait = RetryDelays.ForOutbox(RateLimited(TimeSpan.FromDays(30)), TimeSpan.FromSeconds(30), settings);

        Assert.Equal(TimeSpan.FromHours(1), wait);
    }

    [Fact]
    public void ForOutbox_RetryAfterLongerThanBackoff_WaitsTheRetryAfter()
    {
        var settings = new DeliveryOptions();

        var wait = RetryDelays.ForOutbox(RateLimited(TimeSpan.FromMinutes(10)), TimeSpan.FromSeconds(30), settings);

        Assert.Equal(TimeSpan.FromMinutes(10), wait);
    }

    private static DeliveryResult RateLimited(TimeSpan? retryAfter) =>
        DeliveryResult.Transient("rate_limited", 429, retryAfter);

    private static DeliveryResult Unavailable(TimeSpan retryAfter) =>
        DeliveryResult.Transient("unavailable", 503, retryAfter);
}
