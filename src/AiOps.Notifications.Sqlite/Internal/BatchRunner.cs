using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace AiOps.Notifications.Sqlite.Internal;

/// <summary>Commits a batch of writes in one transaction; a failing write fails only its own caller.</summary>
/// <remarks>
/// The batch first runs as one plain transaction. When a write fails, that transaction is rolled back and the
/// other writes run again in a new one, each inside a savepoint, so that a write failing there too is undone
/// alone. Used by one thread at a time: the writer.
/// </remarks>
internal sealed class BatchRunner(ConnectionPool pool, ILogger logger)
{
    private const string Savepoint = "SAVEPOINT w;";
    private const string Release = "RELEASE w;";
    private const string RollbackTo = "ROLLBACK TO w;";

    private long _commits;

    public long Commits => Interlocked.Read(ref _commits);

    public void Run(List<PendingWrite> batch)
    {
        var error = Commit(batch);

        // Callers resume only now: their data is committed and the connection is back in the pool.
        foreach (var pending in batch)
        {
            pending.Complete(error);
        }

        if (error is not null)
        {
            Log.WriteBatchFailed(logger, batch.Count, error);
        }
    }

    private Exception? Commit(List<PendingWrite> batch)
    {
        PooledConnection pooled;
        try
        {
            pooled = pool.Rent();
        }
        catch (Exception error)
        {
            // Disposed, or a new connection could not be opened: the batch fails, the writer goes on.
            return error;
        }

        try
        {
            CommitOn(pooled, batch);
            pool.Return(pooled);
            return null;
        }
        catch (Exception error)
        {
            // The transaction failed as a whole: the connection may be in an unknown state, do not reuse it.
            // Every caller of the batch gets the error, none hangs.
            pooled.Dispose();
            return error;
        }
    }

    private void CommitOn(PooledConnection pooled, List<PendingWrite> batch)
    {
        // Savepoints cost about a third of a write, and writes rarely fail: first try the batch without them.
        if (TryCommitWhole(pooled, batch))
        {
            return;
        }

        using var transaction = pooled.Connection.BeginTransaction();
        foreach (var pending in batch)
        {
            if (pending.Error is null)
            {
                RunInSavepoint(pooled, transaction, pending);
            }
        }

        transaction.Commit();
        Interlocked.Increment(ref _commits);
    }

    /// <summary>Commits the whole batch, or rolls back at the first failing write and records its error.</summary>
    private bool TryCommitWhole(PooledConnection pooled, List<PendingWrite> batch)
    {
        using var transaction = pooled.Connection.BeginTransaction();
        foreach (var pending in batch)
        {
            try
            {
                pending.Write(pooled, transaction);
            }
            catch (Exception error)
            {
                pending.Error = error;
                transaction.Rollback();
                return batch.Count == 1;
            }
        }

        transaction.Commit();
        Interlocked.Increment(ref _commits);
        return true;
    }

    private static void RunInSavepoint(PooledConnection pooled, SqliteTransaction transaction, PendingWrite pending)
    {
        pooled.Command(Savepoint, transaction).ExecuteNonQuery();
        try
        {
            pending.Write(pooled, transaction);
        }
        catch (Exception error)
        {
            pending.Error = error;
            pooled.Command(RollbackTo, transaction).ExecuteNonQuery();
        }

        pooled.Command(Release, transaction).ExecuteNonQuery();
    }
}
