using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace AiOps.Notifications.Sqlite.Internal;

/// <summary>The one writer of a store: commits the writes queued by many callers together (group commit).</summary>
/// <remarks>
/// A caller queues its write and awaits it. A caller that finds the writer idle commits the queue itself, on
/// its own thread, as a lone writer always did; while that batch commits, new writes queue, and a thread-pool
/// task takes over: it takes up to <see cref="MaxBatchSize"/> queued writes into one transaction, commits,
/// completes every caller, and repeats until the queue is empty. Nothing waits for a timer.
/// A caller's task completes only after its write is committed, or failed.
/// </remarks>
internal sealed class GroupCommitWriter(ConnectionPool pool, ILogger logger, Action? afterCommit = null)
{
    public const int MaxBatchSize = 256;

    private readonly Queue<PendingWrite> _queue = new();
    private readonly List<PendingWrite> _batch = new(MaxBatchSize);
    private readonly BatchRunner _runner = new(pool, logger);
    private TaskCompletionSource? _stopped;
    private bool _running;
    private bool _closed;

    /// <summary>Gets how many batches were committed; tests use it to see writes share a transaction.</summary>
    public long Commits => _runner.Commits;

    public Task EnqueueAsync(Action<PooledConnection, SqliteTransaction> write, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled(cancellationToken);
        }

        var pending = new PendingWrite(write, cancellationToken);
        if (Enqueue(pending))
        {
            CommitOneBatchThenHandOver();
        }

        return pending.Task;
    }

    /// <summary>Fails the writes still queued and waits for the batch being committed, if any.</summary>
    /// <returns>A task that completes when the writer has stopped.</returns>
    public Task CloseAsync()
    {
        PendingWrite[] abandoned;
        var stopped = Task.CompletedTask;
        lock (_queue)
        {
            _closed = true;
            abandoned = [.. _queue];
            _queue.Clear();
            if (_running)
            {
                _stopped ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                stopped = _stopped.Task;
            }
        }

        foreach (var pending in abandoned)
        {
            Abandon(pending);
        }

        return stopped;
    }

    /// <summary>Queues the write; returns whether the caller found the writer idle and is now the writer.</summary>
    private bool Enqueue(PendingWrite pending)
    {
        lock (_queue)
        {
            if (_closed)
            {
                Abandon(pending);
                return false;
            }

            _queue.Enqueue(pending);
            var lead = !_running;
            _running = true;
            return lead;
        }
    }

    private void CommitOneBatchThenHandOver()
    {
        if (!TakeBatch())
        {
            return;
        }

        RunBatch();
        lock (_queue)
        {
            if (_queue.Count == 0)
            {
                StopRunning();
                return;
            }
        }

        // The caller's own write is committed: it returns, and the queue is left to a thread-pool task.
        StartDraining();
    }

    private static void Abandon(PendingWrite pending)
    {
        if (pending.TryStart())
        {
            pending.Complete(new ObjectDisposedException(nameof(SqliteNotificationStore)));
        }
    }

    private void StartDraining()
    {
        // The writer serves every caller: it must not carry this caller's ambient state (activity, log scope).
        using (ExecutionContext.SuppressFlow())
        {
            _ = Task.Factory.StartNew(
                Drain, CancellationToken.None, TaskCreationOptions.DenyChildAttach, TaskScheduler.Default);
        }
    }

    private void Drain()
    {
        while (TakeBatch())
        {
            RunBatch();
        }
    }

    private void RunBatch()
    {
        _runner.Run(_batch);
        _batch.Clear();
        afterCommit?.Invoke();
    }

    /// <summary>Takes the next batch; when there is none, the writer stops (called by the writer only).</summary>
    private bool TakeBatch()
    {
        lock (_queue)
        {
            while (_batch.Count < MaxBatchSize && _queue.TryDequeue(out var pending))
            {
                // A write cancelled while it waited is skipped; once started it runs to the end.
                if (pending.TryStart())
                {
                    _batch.Add(pending);
                }
            }

            if (_batch.Count == 0)
            {
                StopRunning();
            }

            return _batch.Count > 0;
        }
    }

    private void StopRunning()
    {
        _running = false;
        _stopped?.TrySetResult();
    }
}
