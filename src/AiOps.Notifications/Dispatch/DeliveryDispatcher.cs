using AiOps.Notifications.Channels;
using AiOps.Notifications.Internal;
using AiOps.Notifications.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AiOps.Notifications.Dispatch;

/// <summary>Runs the delivery workers of every channel and feeds the queue from the outbox.</summary>
/// <remarks>
/// Each channel gets its own workers (<see cref="INotificationChannel.Concurrency"/>, else
/// <see cref="DeliveryOptions.ConcurrencyPerChannel"/>), so a slow
/// channel never delays the others. On start every pending delivery in the outbox is queued again;
/// afterwards the outbox is polled for scheduled retries and for deliveries that a full queue spilled.
/// A worker does not wait for the store to record an outcome before it sends the next delivery (up to
/// <see cref="MaxUnrecordedPerWorker"/> outcomes); a crash in between re-sends only those deliveries, as
/// for any delivery in flight, with the same idempotency key.
/// </remarks>
internal sealed class DeliveryDispatcher(
    DeliveryQueue queue,
    DeliveryProcessor processor,
    ChannelRegistry channels,
    INotificationStore store,
    TimeProvider timeProvider,
    IOptions<AiOpsNotificationsOptions> options,
    ILogger<DeliveryDispatcher> logger) : BackgroundService
{
    /// <summary>How many due deliveries one poll reads per channel, so no backlog can fill a whole poll.</summary>
    private const int PollBatchPerChannel = 500;

    /// <summary>
    /// How many sent outcomes one worker may leave to the store before it waits: with a durable store a
    /// worker sends its next delivery while the last ones commit, instead of waiting for each commit.
    /// </summary>
    private const int MaxUnrecordedPerWorker = 16;

    private readonly DeliveryOptions _settings = options.Value.Delivery;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var workers = channels.Names
            .SelectMany(channel => Enumerable.Range(0, WorkersOf(channel))
                .Select(_ => RunWorkerAsync(channel, stoppingToken)))
            .ToList();
        workers.Add(RunOutboxAsync(stoppingToken));

        await Task.WhenAll(workers).ConfigureAwait(false);
    }

    /// <summary>The channel's own concurrency, else the engine's; at least one worker.</summary>
    private int WorkersOf(string channel) =>
        Math.Max(1, channels.Find(channel)?.Concurrency ?? _settings.ConcurrencyPerChannel);

    private async Task RunWorkerAsync(string channel, CancellationToken stoppingToken)
    {
        await Task.Yield();

        // The outcomes this worker has sent but the store has not yet recorded, oldest first.
        var recording = new Queue<Task>();
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                DeliveryWorkItem item;
                try
                {
                    item = await queue.DequeueAsync(channel, stoppingToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }

                var recorded = await ProcessAsync(item, stoppingToken).ConfigureAwait(false);
                if (!recorded.IsCompleted)
                {
                    recording.Enqueue(recorded);
                }

                while (recording.Count > 0 && (recording.Count > MaxUnrecordedPerWorker || recording.Peek().IsCompleted))
                {
                    await recording.Dequeue().ConfigureAwait(false);
                }
            }
        }
        finally
        {
            // Shutdown waits for every outcome already sent, so none is lost.
            while (recording.Count > 0)
            {
                await recording.Dequeue().ConfigureAwait(false);
            }
        }
    }

    /// <summary>Sends one delivery; returns the write of its outcome, after which the queue forgets it.</summary>
    private async ValueTask<Task> ProcessAsync(DeliveryWorkItem item, CancellationToken stoppingToken)
    {
        Task recorded;
        try
        {
            recorded = await processor.ProcessAsync(item.DeliveryId, stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutdown: the delivery stays pending in the outbox and resumes on the next start.
            recorded = Task.CompletedTask;
        }
        catch (Exception exception)
        {
            recorded = Task.FromException(exception);
        }

        // Until its outcome is stored the delivery stays tracked, so the outbox poller cannot queue it again.
        return recorded.IsCompletedSuccessfully ? Forget(item) : ForgetWhenRecordedAsync(item, recorded);
    }

    private Task Forget(DeliveryWorkItem item)
    {
        queue.Complete(item.DeliveryId);
        return Task.CompletedTask;
    }

    private async Task ForgetWhenRecordedAsync(DeliveryWorkItem item, Task recorded)
    {
        try
        {
            await recorded.ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            Log.DeliveryCrashed(logger, exception, item.DeliveryId, item.Channel);
        }
        finally
        {
            queue.Complete(item.DeliveryId);
        }
    }

    private async Task RunOutboxAsync(CancellationToken stoppingToken)
    {
        var resumed = await PollOnceAsync(stoppingToken).ConfigureAwait(false);
        if (resumed > 0)
        {
            Log.OutboxResumed(logger, resumed);
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(_settings.OutboxPollInterval, timeProvider, stoppingToken).ConfigureAwait(false);
                await PollOnceAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }

    /// <summary>Queues due deliveries that are neither queued nor in flight; returns how many it queued.</summary>
    /// <remarks>
    /// The store returns up to <see cref="PollBatchPerChannel"/> per channel, and a full lane only ends the
    /// poll for its own channel, so a channel with a long backlog never keeps another's due deliveries waiting.
    /// </remarks>
    internal async Task<int> PollOnceAsync(CancellationToken cancellationToken)
    {
        try
        {
            var due = await store
                .GetDueDeliveriesAsync(timeProvider.GetUtcNow(), PollBatchPerChannel, cancellationToken)
                .ConfigureAwait(false);
            return QueueDue(due);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            Log.OutboxPollFailed(logger, exception);
            return 0;
        }
    }

    private int QueueDue(IReadOnlyList<Delivery> due)
    {
        var full = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var queued = 0;
        foreach (var delivery in due)
        {
            if (full.Contains(delivery.Channel) || queue.IsTracked(delivery.Id))
            {
                continue;
            }

            if (queue.TryEnqueue(new DeliveryWorkItem(delivery.Id, delivery.Channel, delivery.Priority)))
            {
                queued++;
            }
            else
            {
                full.Add(delivery.Channel);
            }
        }

        return queued;
    }
}
