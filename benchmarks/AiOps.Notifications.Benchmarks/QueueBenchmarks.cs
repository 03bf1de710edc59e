using AiOps.Notifications;
using AiOps.Notifications.Dispatch;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Options;

namespace AiOps.Notifications.Benchmarks;

/// <summary>Enqueue then dequeue through the bounded priority queue, with mixed priorities.</summary>
[MemoryDiagnoser]
public class QueueBenchmarks
{
    private const int Items = 10_000;

    private DeliveryQueue _queue = null!;
    private DeliveryWorkItem[] _items = null!;

    [GlobalSetup]
    public void Setup()
    {
        var options = new AiOpsNotificationsOptions();
        options.Queue.Capacity = Items;
        _queue = new DeliveryQueue(Options.Create(options), TimeProvider.System);
        _items = [.. Enumerable.Range(0, Items)
            .Select(i => new DeliveryWorkItem("dlv_" + i, "memory", (NotificationPriority)(i % 4)))];
    }

    [GlobalCleanup]
    public void Cleanup() => _queue.Dispose();

    [Benchmark(OperationsPerInvoke = Items)]
    public async Task EnqueueThenDequeue()
    {
        foreach (var item in _items)
        {
            await _queue.EnqueueAsync(item, QueueFullMode.FailFast, CancellationToken.None);
        }

        for (var i = 0; i < Items; i++)
        {
            var item = await _queue.DequeueAsync("memory", CancellationToken.None);
            _queue.Complete(item.DeliveryId);
        }
    }
}
