using System.Reflection;
using AiOps.Notifications.Channels;
using AiOps.Notifications.Dispatch;
using AiOps.Notifications.Storage;
using AiOps.Notifications.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace AiOps.Notifications.Tests.Dispatch;

public sealed class DeliveryDispatcherTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Worker_StoreStillRecordingOutcomes_SendsTheNextDeliveriesMeanwhile()
    {
        var channel = new InMemoryChannel("team");
        var store = SlowOutcomeStore.Wrap(new InMemoryNotificationStore());
        await using var host = await EngineHost.StartAsync(
            b => b.AddInMemoryChannel(channel).UseStore(_ => store.Proxy),
            o => o.Delivery.ConcurrencyPerChannel = 1);
        var queue = host.Services.GetRequiredService<DeliveryQueue>();

        var published = new List<Notification>();
        for (var i = 0; i < 3; i++)
        {
            published.Add(await host.Publisher.PublishAsync(Request($"disk {i}"), Ct));
        }

        // One worker sent all three although none of its outcomes is stored yet.
        await Eventually.TrueAsync(() => channel.Messages.Count == 3);
        var waiting = await DeliveriesAsync(host.Store, published);
        Assert.All(waiting, d => Assert.Equal(DeliveryStatus.Pending, d.Status));
        Assert.All(waiting, d => Assert.True(queue.IsTracked(d.Id), "an unrecorded delivery must not be queued again"));

        store.Release();
        await Eventually.TrueAsync(async () =>
            (await DeliveriesAsync(host.Store, published)).All(d => d.Status == DeliveryStatus.Delivered));
        await Eventually.TrueAsync(() => waiting.All(d => !queue.IsTracked(d.Id)));
        Assert.Equal(3, channel.Messages.Count);
    }

    [Fact]
    public async Task Stop_OutcomesStillBeingRecorded_WaitsForThemToBeStored()
    {
        var channel = new InMemoryChannel("team");
        var inner = new InMemoryNotificationStore();
        var store = SlowOutcomeStore.Wrap(inner);
        var host = await EngineHost.StartAsync(
            b => b.AddInMemoryChannel(channel).UseStore(_ => store.Proxy),
            o => o.Delivery.ConcurrencyPerChannel = 1);
        var notification = await host.Publisher.PublishAsync(Request("disk"), Ct);
        await Eventually.TrueAsync(() => channel.Messages.Count == 1);

        var stopping = host.DisposeAsync().AsTask();
        await Task.Delay(100, Ct);
        Assert.False(stopping.IsCompleted, "the host stopped before the outcome it had sent was stored");
        store.Release();
        await stopping;

        var delivery = Assert.Single(await inner.GetDeliveriesForNotificationAsync(notification.Id, Ct));
        Assert.Equal(DeliveryStatus.Delivered, delivery.Status);
    }

    private static NotificationRequest Request(string title) => new()
    {
        Type = NotificationTypes.Test,
        Title = title,
        Channels = ["team"],
    };

    private static async Task<List<Delivery>> DeliveriesAsync(INotificationStore store, List<Notification> published)
    {
        var deliveries = new List<Delivery>();
        foreach (var notification in published)
        {
            deliveries.AddRange(await store.GetDeliveriesForNotificationAsync(notification.Id, Ct));
        }

        return deliveries;
    }

    /// <summary>A store whose outcome writes wait until the test releases them; everything else goes straight through.</summary>
    public class SlowOutcomeStore : DispatchProxy
    {
        private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private INotificationStore _inner = null!;

        public INotificationStore Proxy { get; private set; } = null!;

        public static SlowOutcomeStore Wrap(INotificationStore inner)
        {
            var proxy = Create<INotificationStore, SlowOutcomeStore>();
            var store = (SlowOutcomeStore)(object)proxy;
            store._inner = inner;
            store.Proxy = proxy;
            return store;
        }

        public void Release() => _released.TrySetResult();

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
        {
            ArgumentNullException.ThrowIfNull(targetMethod);
            if (targetMethod.Name is nameof(INotificationStore.CompleteAttemptAsync) or nameof(INotificationStore.UpdateDeliveryAsync))
            {
                return RecordLaterAsync(targetMethod, args);
            }

            try
            {
                return targetMethod.Invoke(_inner, args);
            }
            catch (TargetInvocationException error) when (error.InnerException is not null)
            {
                throw error.InnerException;
            }
        }

        private async Task RecordLaterAsync(MethodInfo targetMethod, object?[]? args)
        {
            await _released.Task;
            await (Task)targetMethod.Invoke(_inner, args)!;
        }
    }
}
