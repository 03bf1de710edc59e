using System.Net;
using System.Net.Http.Headers;
using AiOps.Notifications.Channels;
using Microsoft.Extensions.Time.Testing;

namespace AiOps.Notifications.Tests.Channels;

public sealed class HttpDeliveryResultsTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 3, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public void ReadRetryAfter_HttpDate_ReturnsTheWaitUntilThatDate()
    {
        var header = RetryConditionHeaderValue.Parse("Thu, 03 Dec 2026 08:00:30 GMT");

        var wait = HttpDeliveryResults.ReadRetryAfter(header, _time);

        Assert.Equal(TimeSpan.FromSeconds(30), wait);
    }

    [Fact]
    public void ReadRetryAfter_HttpDateInThePast_ReturnsZero()
    {
        var header = RetryConditionHeaderValue.Parse("Thu, 03 Dec 2026 07:55:00 GMT");

        var wait = HttpDeliveryResults.ReadRetryAfter(header, _time);

        Assert.Equal(TimeSpan.Zero, wait);
    }

    [Fact]
    public void ReadRetryAfter_Seconds_ReturnsThatWait()
    {
        var header = RetryConditionHeaderValue.Parse("120");

        var wait = HttpDeliveryResults.ReadRetryAfter(header, _time);

        Assert.Equal(TimeSpan.FromMinutes(2), wait);
    }

    [Fact]
    public void FromResponse_429WithHttpDate_IsTransientWithTheWait()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.TryAddWithoutValidation("Retry-After", "Thu, 03 Dec 2026 08:01:00 GMT");

        var result = HttpDeliveryResults.FromResponse(response, "rate_limited", _time);

        Assert.Equal(AttemptOutcome.TransientFailure, result.Outcome);
        Assert.Equal(429, result.StatusCode);
        Assert.Equal(TimeSpan.FromMinutes(1), result.RetryAfter);
    }
}
