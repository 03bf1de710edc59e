using System.Globalization;
using AiOps.Notifications.Channels;
using AiOps.Notifications.Tests.Support;

namespace AiOps.Notifications.Tests.Dispatch;

public sealed class ChannelConcurrencyTests
{
    private const int Count = 24;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly ConcurrencyProbe _serialProbe = new();
    private readonly ConcurrencyProbe _parallelProbe = new();

    [Fact]
    public async Task Deliver_ChannelConcurrencyOne_SendsOneAtATimeInQueuedOrder()
    {
        var serial = new InMemoryChannel("serial", _serialProbe.SendAsync) { Concurrency = 1 };
        var parallel = new InMemoryChannel("parallel", _parallelProbe.SendAsync);
        await using var host = await EngineHost.StartAsync(b => b.AddInMemoryChannel(serial).AddInMemoryChannel(parallel));

        for (var i = 0; i < Count; i++)
        {
            await host.Publisher.PublishAsync(Numbered(i), Ct);
        }

        await WaitForAsync(() => serial.Messages.Count == Count && parallel.Messages.Count == Count);
        Assert.Equal(1, _serialProbe.MostAtOnce);
        Assert.True(_parallelProbe.MostAtOnce > 1, "the default concurrency sent one at a time too");
        var expected = Enumerable.Range(0, Count).Select(i => i.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(expected, serial.Messages.Select(m => m.Notification.Title));
    }

    [Fact]
    public async Task Start_ChannelConcurrencyAboveTheEngines_UsesTheChannels()
    {
        var wide = new InMemoryChannel("wide", _parallelProbe.SendAsync) { Concurrency = 8 };
        await using var host = await EngineHost.StartAsync(
            b => b.AddInMemoryChannel(wide), o => o.Delivery.ConcurrencyPerChannel = 1);

        for (var i = 0; i < Count; i++)
        {
            await host.Publisher.PublishAsync(Numbered(i), Ct);
        }

        await WaitForAsync(() => wide.Messages.Count == Count);
        Assert.True(_parallelProbe.MostAtOnce > 1, "the channel's concurrency of 8 was not used");
    }

    private static NotificationRequest Numbered(int i) => new()
    {
        Type = "test.numbered",
        Title = i.ToString(CultureInfo.InvariantCulture),
    };

    private static async Task WaitForAsync(Func<bool> done)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(20));
        while (!done())
        {
            await Task.Delay(10, timeout.Token);
        }
    }

    /// <summary>Holds every send a moment and records how many were under way at once.</summary>
    private sealed class ConcurrencyProbe
    {
        private int _inFlight;
        private int _mostAtOnce;

        public int MostAtOnce => Volatile.Read(ref _mostAtOnce);

        public async Task<DeliveryResult> SendAsync(ChannelMessage message, CancellationToken cancellationToken)
        {
            var now = Interlocked.Increment(ref _inFlight);
            InterlockedMax(ref _mostAtOnce, now);
            await Task.Delay(15, cancellationToken);
            Interlocked.Decrement(ref _inFlight);
            return DeliveryResult.Delivered();
        }

        private static void InterlockedMax(ref int target, int value)
        {
            int seen;
            while ((seen = Volatile.Read(ref target)) < value
                && Interlocked.CompareExchange(ref target, value, seen) != seen)
            {
            }
        }
    }
}
