using AiOps.Notifications.Channels;
using AiOps.Notifications.Storage;
using AiOps.Notifications.Tests.Support;

namespace AiOps.Notifications.Tests.Notifications;

/// <summary>
/// The queue-full modes through the publisher: the option, a call overriding it, and a cancelled wait for room.
/// </summary>
public sealed class NotificationPublisherQueueFullTests : IAsyncDisposable
{
    private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _sending = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private EngineHost? _host;

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
    public async Task PublishAsync_QueueFullAndOptionWait_WaitsUntilThereIsRoom()
    {
        var sut = await CreateSutAsync(QueueFullMode.Wait);

        var publishing = sut.PublishAsync(Request("third"), Ct);
        await StoredAsync("third");

        Assert.False(publishing.IsCompleted);
        _gate.SetResult();
        var third = await publishing.WaitAsync(TimeSpan.FromSeconds(15), Ct);
        await DeliveredAsync(third);
    }

    [Fact]
    public async Task PublishAsync_WaitCancelledAfterStoring_ReturnsTheNotificationAndSendsItLater()
    {
        var sut = await CreateSutAsync(QueueFullMode.Wait);
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var publishing = sut.PublishAsync(Request("third"), cancel.Token);
        await StoredAsync("third");

        await cancel.CancelAsync();
        var third = await publishing.WaitAsync(TimeSpan.FromSeconds(15), Ct);

        var waiting = Assert.Single(await _host!.Store.GetDeliveriesForNotificationAsync(third.Id, Ct));
        Assert.Equal(DeliveryStatus.Pending, waiting.Status);
        _gate.SetResult();
        await DeliveredAsync(third);
    }

    [Fact]
    public async Task PublishAsync_QueueFullAndOptionSpill_ReturnsAtOnceAndSendsWhenThereIsRoom()
    {
        var sut = await CreateSutAsync(QueueFullMode.SpillToOutbox);

        var third = await sut.PublishAsync(Request("third"), Ct);

        var waiting = Assert.Single(await _host!.Store.GetDeliveriesForNotificationAsync(third.Id, Ct));
        Assert.Equal(DeliveryStatus.Pending, waiting.Status);
        _gate.SetResult();
        await DeliveredAsync(third);
    }

    [Fact]
    public async Task PublishAsync_CallAsksFailFastOverOptionWait_ThrowsAndStoresNothing()
    {
        var sut = await CreateSutAsync(QueueFullMode.Wait);

        var request = Request("third") with { WhenQueueFull = QueueFullMode.FailFast };
        await Assert.ThrowsAsync<QueueFullException>(() => sut.PublishAsync(request, Ct));

        var page = await _host!.Store.QueryNotificationsAsync(new NotificationQuery(), Ct);
        Assert.DoesNotContain(page.Items, n => n.Title == "third");
    }

    [Fact]
    public async Task PublishAsync_CallAsksWaitOverOptionFailFast_WaitsUntilThereIsRoom()
    {
        var sut = await CreateSutAsync(QueueFullMode.FailFast);

        var publishing = sut.PublishAsync(Request("third") with { WhenQueueFull = QueueFullMode.Wait }, Ct);
        await StoredAsync("third");

        Assert.False(publishing.IsCompleted);
        _gate.SetResult();
        var third = await publishing.WaitAsync(TimeSpan.FromSeconds(15), Ct);
        await DeliveredAsync(third);
    }

    private static NotificationRequest Request(string title) =>
        new() { Type = NotificationTypes.Test, Title = title, Channels = ["team"] };

    /// <summary>
    /// Starts an engine whose one worker is held by the first notification and whose queue (room for one) holds
    /// the second, so a third finds the queue full.
    /// </summary>
    private async Task<INotificationPublisher> CreateSutAsync(QueueFullMode mode)
    {
        var channel = new InMemoryChannel("team", async (_, token) =>
        {
            _sending.TrySetResult();
            await _gate.Task.WaitAsync(token);
            return DeliveryResult.Delivered();
        });
        _host = await EngineHost.StartAsync(b => b.AddInMemoryChannel(channel), o =>
        {
            o.Queue.Capacity = 1;
            o.Queue.FullMode = mode;
            o.Delivery.ConcurrencyPerChannel = 1;
            o.Delivery.OutboxPollInterval = TimeSpan.FromMilliseconds(50);
        });
        await _host.Publisher.PublishAsync(Request("first"), Ct);
        await _sending.Task.WaitAsync(TimeSpan.FromSeconds(15), Ct);
        await _host.Publisher.PublishAsync(Request("second"), Ct);
        return _host.Publisher;
    }

    private Task StoredAsync(string title) => Eventually.TrueAsync(async () =>
        (await _host!.Store.QueryNotificationsAsync(new NotificationQuery(), Ct)).Items.Any(n => n.Title == title));

    private Task DeliveredAsync(Notification notification) => Eventually.TrueAsync(async () =>
        (await _host!.Store.GetDeliveriesForNotificationAsync(notification.Id, Ct))
            .All(d => d.Status == DeliveryStatus.Delivered));
}
