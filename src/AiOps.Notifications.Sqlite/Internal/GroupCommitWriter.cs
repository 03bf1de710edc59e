using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace AiOps.Notifications.Sqlite.Internal;

/// <summary>The one writer of a store: commits the writes queued by many callers together (group commit).</summary>
/// <remarks>
/// A caller queues its write and awaits it. While a batch commits, new writes queue; the writer then takes
/// up to <see cref="MaxBatchSize"/> of them into one transaction, each inside its own savepoint, commits,
/// and completes every caller. Nothing waits for a timer: a lone write is committed at once.
/// A caller's task completes only after its write is committed, or failed.
/// </remarks>
internal sealed class GroupCommitWriter(ConnectionPool pool, ILogger logger)
{
    public const int MaxBatchSize = 256;

    private readonly Queue<PendingWrite> _queue = new();
    private readonly List<PendingWrite> _batch = new(MaxBatchSize);
    private readonly BatchRunner _runner = new(pool, logger);
    private Task _draining = Task.CompletedTask;
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
        lock (_queue)
        {
            if (_closed)
            {
                Abandon(pending);
                return pending.Task;
            }

            _queue.Enqueue(pending);
            if (!_running)
            {
                _running = true;
                _draining = StartDraining();
            }
        }

        return pending.Task;
    }

    /// <summary>Fails the writes still queued and waits for the batch being committed, if any.</summary>
    /// <returns>A task that completes when the writer has stopped.</returns>
    public Task CloseAsync()
    {
        PendingWrite[] abandoned;
        Task draining;
        lock (_queue)
        {
            _closed = true;
            abandoned = [.. _queue];
            _queue.Clear();
            draining = _draining;
        }

        foreach (var pending in abandoned)
        {
            Abandon(pending);
        }

        return draining;
    }

    private static void Abandon(PendingWrite pending)
    {
        if (pending.TryStart())
        {
            pending.Complete(new ObjectDisposedException(nameof(SqliteNotificationStore)));
        }
    }

    private Task StartDraining()
    {
        // The writer serves every caller: it must not carry this caller's ambient state (activity, log scope).
        using (ExecutionContext.SuppressFlow())
        {
            return Task.Factory.StartNew(
                Drain, CancellationToken.None, TaskCreationOptions.DenyChildAttach, TaskScheduler.Default);
        }
    }

    private void Drain()
    {
        while (TakeBatch())
        {
            _runner.Run(_batch);
            _batch.Clear();
        }
    }

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

            _running = _batch.Count > 0;
            return _running;
        }
    }
}
