using AiOps.Notifications.Dispatch;
using Microsoft.Extensions.Time.Testing;

namespace AiOps.Notifications.Tests.Dispatch;

public sealed class AttemptTimeoutsTests
{
    [Fact]
    public void Rent_SourceReturnedBeforeTimeout_IsReused()
    {
        using var sut = new AttemptTimeouts(TimeProvider.System);
        var first = sut.Rent(TimeSpan.FromMinutes(1));
        sut.Return(first);

        var second = sut.Rent(TimeSpan.FromMinutes(1));

        Assert.Same(first, second);
        Assert.False(second.IsCancellationRequested);
    }

    [Fact]
    public void Rent_AfterAnEarlierSourceCameBack_TheEarlierTimeoutNeverCancelsIt()
    {
        var clock = new FakeTimeProvider();
        using var sut = new AttemptTimeouts(clock);
        sut.Return(sut.Rent(TimeSpan.FromSeconds(1)));

        var next = sut.Rent(TimeSpan.FromSeconds(10));
        clock.Advance(TimeSpan.FromSeconds(5));

        Assert.False(next.IsCancellationRequested);
        clock.Advance(TimeSpan.FromSeconds(5));
        Assert.True(next.IsCancellationRequested);
    }

    [Fact]
    public void Rent_AfterATimedOutSourceCameBack_GivesAFreshSource()
    {
        var clock = new FakeTimeProvider();
        using var sut = new AttemptTimeouts(clock);
        var timedOut = sut.Rent(TimeSpan.FromSeconds(1));
        clock.Advance(TimeSpan.FromSeconds(1));
        sut.Return(timedOut);

        var next = sut.Rent(TimeSpan.FromSeconds(1));

        Assert.True(timedOut.IsCancellationRequested);
        Assert.NotSame(timedOut, next);
        Assert.False(next.IsCancellationRequested);
    }
}
