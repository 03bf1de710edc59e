using System.Diagnostics;
using AiOps.Notifications.Channels;
using AiOps.Notifications.Resilience;
using AiOps.Notifications.Tests.Support;

namespace AiOps.Notifications.Tests.Resilience;

public sealed class ChannelRateLimitersTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(1.0, 1, 1.0)]
    [InlineData(0.5, 1, 2.0)]
    [InlineData(3.0, 3, 1.0)]
    [InlineData(4.0, 3, 0.75)]
    [InlineData(2.5, 2, 0.8)]
    public void OptionsFor_Rate_RefillsAtThatRate(double rate, int tokensPerPeriod, double periodSeconds)
    {
        var options = ChannelRateLimiters.OptionsFor(new ChannelRateLimit(rate, Burst: 3))!;

        Assert.Equal(tokensPerPeriod, options.TokensPerPeriod);
        Assert.Equal(TimeSpan.FromSeconds(periodSeconds), options.ReplenishmentPeriod);
        Assert.Equal(3, options.TokenLimit);
    }

    [Theory]
    [InlineData(1.5, 1)]
    [InlineData(1.5, 4)]
    [InlineData(5.0, 1)]
    [InlineData(7.25, 10)]
    [InlineData(0.3, 1)]
    public void OptionsFor_RateAboveOneOrFractional_HonoursTheRateExactly(double rate, int burst)
    {
        var options = ChannelRateLimiters.OptionsFor(new ChannelRateLimit(rate, burst))!;

        var honoured = options.TokensPerPeriod / options.ReplenishmentPeriod.TotalSeconds;
        Assert.Equal(rate, honoured, 6);
        Assert.InRange(options.TokensPerPeriod, 1, options.TokenLimit);
    }

    [Fact]
    public async Task WaitAsync_NoTokenAndNoRoomToWait_IsNotAcquired()
    {
        using var sut = new ChannelRateLimiters(maxWaiting: 0);
        var channel = new InMemoryChannel("limited") { RateLimit = new ChannelRateLimit(0.001, Burst: 1) };
        var first = await sut.WaitAsync(channel, Ct);

        var second = await sut.WaitAsync(channel, Ct);

        Assert.True(first.Acquired);
        Assert.False(second.Acquired);
        Assert.NotNull(second.RetryAfter);
    }

    [Fact]
    public void OptionsFor_NoLimit_ReturnsNull()
    {
        Assert.Null(ChannelRateLimiters.OptionsFor(null));
    }

    [Fact]
    public async Task Dispatch_RateLimitedChannel_SpacesAttemptsWithTheRealClock()
    {
        var sent = new List<TimeSpan>();
        var clock = Stopwatch.StartNew();
        var channel = new InMemoryChannel("limited", (_, _) =>
        {
            lock (sent)
            {
                sent.Add(clock.Elapsed);
            }

            return Task.FromResult(DeliveryResult.Delivered());
        })
        { RateLimit = new ChannelRateLimit(PermitsPerSecond: 5, Burst: 1) };
        await using var host = await EngineHost.StartAsync(b => b.AddInMemoryChannel(channel));

        for (var i = 0; i < 6; i++)
        {
            await host.Publisher.PublishAsync(new NotificationRequest { Type = "test", Title = "n" + i }, Ct);
        }

        while (channel.Messages.Count < 6)
        {
            await Task.Delay(20, Ct);
        }

        // Six messages at five per second with a burst of one need at least five refill periods of 200 ms.
        Assert.True(sent[^1] - sent[0] >= TimeSpan.FromMilliseconds(900), $"spread was {sent[^1] - sent[0]}");
    }
}
