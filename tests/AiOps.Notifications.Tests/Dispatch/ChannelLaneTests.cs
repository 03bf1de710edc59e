using AiOps.Notifications.Channels;
using AiOps.Notifications.Dispatch;
using AiOps.Notifications.Storage;
using AiOps.Notifications.Storage.Conformance;
using AiOps.Notifications.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace AiOps.Notifications.Tests.Dispatch;

/// <summary>A slow or dead channel fills only its own lane: the other channels are queued and sent at once.</summary>
public sealed class ChannelLaneTests : IAsyncDisposable
{
    private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _slowBusy = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly FakeTimeProvider _time = new();
    private readonly InMemoryChannel _slow;
    private readonly InMemoryChannel _fast = new("fast");
    private EngineHost? _host;

    public ChannelLaneTests() => _slow = new InMemoryChannel("slow", async (_, token) =>
    {
        _slowBusy.TrySetResult();
        await _gate.Task.WaitAsync(token);
        return DeliveryResult.Delivered();
    });

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask DisposeAsync()
    {
        _gate.TrySetResult();
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }

    [Fact]
    public async Task Start_ChannelCapacityUnset_SharesCapacityEvenly()
    {
        var host = await CreateSutAsync(capacity: 10);

        var queue = host.Services.GetRequiredService<DeliveryQueue>();

        Assert.Equal(5, queue.LaneCapacity);
    }

    [Theory]
    [InlineData(QueueFullMode.Wait)]
    [InlineData(QueueFullMode.FailFast)]
    [InlineData(QueueFullMode.SpillToOutbox)]
    public async Task PublishAsync_OtherChannelsLaneFull_IsSentAtOnce(QueueFullMode mode)
    {
        var host = await CreateSutAsync(capacity: 4);
        await FillSlowLaneAsync(host);

        var published = await host.Publisher.PublishAsync(Request("fast") with { WhenQueueFull = mode }, Ct)
            .WaitAsync(TimeSpan.FromSeconds(15), Ct);

        var delivery = Assert.Single(await host.Store.GetDeliveriesForNotificationAsync(published.Id, Ct));
        Assert.True(Queue(host).IsTracked(delivery.Id) || _fast.Messages.Count == 1, "the delivery was spilled");
        await Eventually.TrueAsync(() => _fast.Messages.Count == 1);
    }

    [Fact]
    public async Task PublishAsync_OneOfItsLanesFullWithFailFast_SendsToTheOtherAndSpillsTheFull()
    {
        var host = await CreateSutAsync(capacity: 4);
        await FillSlowLaneAsync(host);

        var published = await host.Publisher.PublishAsync(Request("slow", "fast"), Ct);

        await Eventually.TrueAsync(() => _fast.Messages.Count == 1);
        var deliveries = await host.Store.GetDeliveriesForNotificationAsync(published.Id, Ct);
        var spilled = Assert.Single(deliveries, d => d.Channel == "slow");
        Assert.Equal(DeliveryStatus.Pending, spilled.Status);
        Assert.False(Queue(host).IsTracked(spilled.Id));
    }

    [Fact]
    public async Task ReportAsync_EveryLaneOfItsRouteFullWithFailFast_ThrowsAndStoresNothing()
    {
        var host = await CreateSutAsync(capacity: 4, o => o.Routing.Channels.Add("slow"));
        await FillSlowLaneAsync(host);
        var report = new IncidentReport { Title = "Checkout down", WhenQueueFull = QueueFullMode.FailFast };

        var error = await Assert.ThrowsAsync<QueueFullException>(() => host.Incidents.ReportAsync(report, Ct));

        Assert.Contains("slow", error.Message, StringComparison.Ordinal);
        var stored = await host.Store.QueryIncidentsAsync(new IncidentQuery(), Ct);
        Assert.Equal(0, stored.Total);
    }

    [Fact]
    public async Task PollOnceAsync_OneChannelsBacklogOverBatch_QueuesOtherChannelsDueDeliveries()
    {
        var host = await CreateSutAsync(capacity: 10_000);
        await AddDueAsync(host, "slow", 600, NotificationPriority.Critical);
        await AddDueAsync(host, "fast", 1, NotificationPriority.Low);

        await Dispatcher(host).PollOnceAsync(Ct);

        await Eventually.TrueAsync(() => _fast.Messages.Count == 1);
    }

    [Fact]
    public async Task PollOnceAsync_OneChannelsLaneFull_QueuesOtherChannelsDueDeliveries()
    {
        var host = await CreateSutAsync(capacity: 4);
        await AddDueAsync(host, "slow", 8, NotificationPriority.Critical);
        await AddDueAsync(host, "fast", 1, NotificationPriority.Low);

        await Dispatcher(host).PollOnceAsync(Ct);

        await Eventually.TrueAsync(() => _fast.Messages.Count == 1);
    }

    private static NotificationRequest Request(params string[] channels) => new()
    {
        Type = NotificationTypes.Test,
        Title = "disk full",
        Channels = channels,
        WhenQueueFull = QueueFullMode.FailFast,
    };

    private static DeliveryQueue Queue(EngineHost host) => host.Services.GetRequiredService<DeliveryQueue>();

    private static DeliveryDispatcher Dispatcher(EngineHost host) =>
        host.Services.GetServices<IHostedService>().OfType<DeliveryDispatcher>().Single();

    /// <summary>Publishes to the blocked channel until its lane refuses: one delivery in flight, the lane full.</summary>
    /// <remarks>
    /// The lane is filled only once the worker holds its first delivery, or that worker could take one more from
    /// the lane after it was found full and leave a slot free.
    /// </remarks>
    private async Task FillSlowLaneAsync(EngineHost host)
    {
        await host.Publisher.PublishAsync(Request("slow"), Ct);
        await _slowBusy.Task.WaitAsync(TimeSpan.FromSeconds(15), Ct);
        for (var i = 0; i <= Queue(host).Capacity + 1; i++)
        {
            try
            {
                await host.Publisher.PublishAsync(Request("slow"), Ct);
            }
            catch (QueueFullException)
            {
                return;
            }
        }

        Assert.Fail("the slow channel's lane never filled");
    }

    private async Task AddDueAsync(EngineHost host, string channel, int count, NotificationPriority priority)
    {
        var now = _time.GetUtcNow();
        var notification = StoreTestData.FullNotification($"ntf-{channel}", incidentId: null) with
        {
            Type = NotificationTypes.Test,
            CreatedAt = now,
        };
        var deliveries = Enumerable.Range(0, count)
            .Select(n => StoreTestData.PendingDelivery($"{channel}-{n}", priority, now.AddSeconds(-count + n),
                notification.Id) with { Channel = channel, CreatedAt = now })
            .ToArray();
        await host.Store.AddNotificationAsync(notification, deliveries, Ct);
    }

    private async Task<EngineHost> CreateSutAsync(int capacity, Action<AiOpsNotificationsOptions>? configure = null)
    {
        _host = await EngineHost.StartAsync(
            b => b.AddInMemoryChannel(_slow).AddInMemoryChannel(_fast),
            o =>
            {
                o.Queue.Capacity = capacity;
                o.Delivery.ConcurrencyPerChannel = 1;
                configure?.Invoke(o);
            },
            _time);
        return _host;
    }
}
