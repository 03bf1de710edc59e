using AiOps.Notifications.Dispatch;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace AiOps.Notifications.Tests.Dispatch;

public sealed class DeliveryQueueTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DequeueAsync_MixedPriorities_CriticalFirstThenArrivalOrder()
    {
        using var sut = CreateSut(capacity: 10);
        await EnqueueAsync(sut, "low-1", NotificationPriority.Low);
        await EnqueueAsync(sut, "high-1", NotificationPriority.High);
        await EnqueueAsync(sut, "critical-1", NotificationPriority.Critical);
        await EnqueueAsync(sut, "high-2", NotificationPriority.High);

        var order = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            order.Add((await sut.DequeueAsync("c", Ct)).DeliveryId);
        }

        Assert.Equal(["critical-1", "high-1", "high-2", "low-1"], order);
    }

    [Fact]
    public async Task DequeueAsync_LowItemWaitedPastAging_LeavesBeforeNewerCritical()
    {
        var time = new FakeTimeProvider();
        using var sut = CreateSut(capacity: 10, time: time, aging: TimeSpan.FromSeconds(10));
        await EnqueueAsync(sut, "old-low", NotificationPriority.Low);
        time.Advance(TimeSpan.FromSeconds(31));
        await EnqueueAsync(sut, "new-critical", NotificationPriority.Critical);

        var first = await sut.DequeueAsync("c", Ct);

        Assert.Equal("old-low", first.DeliveryId);
    }

    [Fact]
    public async Task EnqueueAsync_FullWithFailFast_ThrowsQueueFullException()
    {
        using var sut = CreateSut(capacity: 1);
        await EnqueueAsync(sut, "a", NotificationPriority.Low);

        var act = () => sut.EnqueueAsync(Item("b", NotificationPriority.Low), QueueFullMode.FailFast, Ct).AsTask();

        var error = await Assert.ThrowsAsync<QueueFullException>(act);
        Assert.Contains("AiOps:Queue:Capacity", error.Message, StringComparison.Ordinal);
        Assert.False(sut.IsTracked("b"));
    }

    [Fact]
    public async Task EnqueueAsync_FullWithSpill_ReturnsFalseAndForgetsItem()
    {
        using var sut = CreateSut(capacity: 1);
        await EnqueueAsync(sut, "a", NotificationPriority.Low);

        var queued = await sut.EnqueueAsync(Item("b", NotificationPriority.Low), QueueFullMode.SpillToOutbox, Ct);

        Assert.False(queued);
        Assert.Equal(1, sut.Count);
    }

    [Fact]
    public async Task EnqueueAsync_FullWithWait_CompletesWhenSpaceFrees()
    {
        using var sut = CreateSut(capacity: 1);
        await EnqueueAsync(sut, "a", NotificationPriority.Low);
        var waiting = sut.EnqueueAsync(Item("b", NotificationPriority.Low), QueueFullMode.Wait, Ct).AsTask();
        Assert.False(waiting.IsCompleted);

        await sut.DequeueAsync("c", Ct);

        Assert.True(await waiting.WaitAsync(TimeSpan.FromSeconds(5), Ct));
    }

    [Fact]
    public async Task EnqueueAsync_SameDeliveryTwice_QueuesOnce()
    {
        using var sut = CreateSut(capacity: 10);

        await EnqueueAsync(sut, "a", NotificationPriority.Low);
        await EnqueueAsync(sut, "a", NotificationPriority.Low);

        Assert.Equal(1, sut.Count);
    }

    [Fact]
    public async Task EnqueueAsync_OtherChannelsLaneFull_QueuesAtOnce()
    {
        using var sut = CreateSut(capacity: 4, channelCapacity: 2);
        var slow = 0;
        while (await sut.EnqueueAsync(Item($"slow-{slow}", NotificationPriority.Critical, "slow"),
            QueueFullMode.SpillToOutbox, Ct))
        {
            slow++;
        }

        var queued = await sut.EnqueueAsync(
            Item("fast-1", NotificationPriority.Low, "fast"), QueueFullMode.FailFast, Ct);

        Assert.True(queued);
        Assert.Equal("fast-1", (await sut.DequeueAsync("fast", Ct)).DeliveryId);
    }

    [Fact]
    public async Task EnqueueAsync_LaneFullWithFailFast_ThrowsNamingTheChannel()
    {
        using var sut = CreateSut(capacity: 4, channelCapacity: 2);
        await EnqueueAsync(sut, "slow-1", NotificationPriority.Low, channel: "slow");
        await EnqueueAsync(sut, "slow-2", NotificationPriority.Low, channel: "slow");

        var act = () => sut.EnqueueAsync(Item("slow-3", NotificationPriority.Low, "slow"), QueueFullMode.FailFast, Ct);

        var error = await Assert.ThrowsAsync<QueueFullException>(() => act().AsTask());
        Assert.Contains("'slow'", error.Message, StringComparison.Ordinal);
        Assert.Contains("AiOps:Queue:ChannelCapacity", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EnqueueAsync_LaneFullWithWait_OtherChannelsDoNotWait()
    {
        using var sut = CreateSut(capacity: 4, channelCapacity: 1);
        await EnqueueAsync(sut, "slow-1", NotificationPriority.Low, channel: "slow");
        var waiting = sut.EnqueueAsync(
            Item("slow-2", NotificationPriority.Low, "slow"), QueueFullMode.Wait, Ct).AsTask();

        var fast = sut.EnqueueAsync(Item("fast-1", NotificationPriority.Low, "fast"), QueueFullMode.Wait, Ct);

        Assert.True(fast.IsCompletedSuccessfully);
        Assert.True(await fast);
        Assert.False(waiting.IsCompleted);
        await sut.DequeueAsync("slow", Ct);
        Assert.True(await waiting);
    }

    [Fact]
    public async Task TryEnqueue_QueueFullAcrossLanes_ReturnsFalseAndForgetsItem()
    {
        using var sut = CreateSut(capacity: 2, channelCapacity: 2);
        await EnqueueAsync(sut, "a-1", NotificationPriority.Low, channel: "a");
        await EnqueueAsync(sut, "b-1", NotificationPriority.Low, channel: "b");

        var queued = sut.TryEnqueue(Item("c-1", NotificationPriority.Low, "c"));

        Assert.False(queued);
        Assert.False(sut.IsTracked("c-1"));
    }

    private static DeliveryQueue CreateSut(
        int capacity, TimeProvider? time = null, TimeSpan? aging = null, int? channelCapacity = null)
    {
        var options = new AiOpsNotificationsOptions();
        options.Queue.Capacity = capacity;
        options.Queue.ChannelCapacity = channelCapacity;
        options.Queue.AgingInterval = aging ?? TimeSpan.FromMinutes(10);
        return new DeliveryQueue(Options.Create(options), time ?? new FakeTimeProvider());
    }

    private static DeliveryWorkItem Item(string id, NotificationPriority priority, string channel = "c") =>
        new(id, channel, priority);

    private static async Task EnqueueAsync(
        DeliveryQueue queue, string id, NotificationPriority priority, string channel = "c") =>
        Assert.True(await queue.EnqueueAsync(Item(id, priority, channel), QueueFullMode.FailFast, Ct));
}
