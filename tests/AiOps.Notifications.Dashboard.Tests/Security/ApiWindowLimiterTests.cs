using System.Threading.RateLimiting;
using AiOps.Notifications.Dashboard.Security;
using Microsoft.Extensions.Time.Testing;

namespace AiOps.Notifications.Dashboard.Tests.Security;

public sealed class ApiWindowLimiterTests
{
    private readonly FakeTimeProvider _time = new();

    [Fact]
    public void AttemptAcquire_WindowsLater_CountsAfreshAndMeasuresFromTheWindowStart()
    {
        using var sut = CreateSut();
        sut.AttemptAcquire().Dispose();
        _time.Advance(TimeSpan.FromSeconds(250));
        sut.AttemptAcquire().Dispose();

        using var refused = sut.AttemptAcquire();

        Assert.False(refused.IsAcquired);
        Assert.True(refused.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter));
        Assert.Equal(TimeSpan.FromSeconds(50), retryAfter);
    }

    [Fact]
    public void IdleDuration_PermitUsedThisWindow_IsNull()
    {
        using var sut = CreateSut();
        sut.AttemptAcquire().Dispose();
        _time.Advance(TimeSpan.FromSeconds(30));

        var idle = sut.IdleDuration;

        Assert.Null(idle);
    }

    [Fact]
    public void IdleDuration_NothingUsedThisWindow_IsTimeSinceItStarted()
    {
        using var sut = CreateSut();
        sut.AttemptAcquire().Dispose();
        _time.Advance(TimeSpan.FromSeconds(70));

        var idle = sut.IdleDuration;

        Assert.Equal(TimeSpan.FromSeconds(10), idle);
    }

    private ApiWindowLimiter CreateSut() => new(permitLimit: 1, window: TimeSpan.FromMinutes(1), _time);
}
