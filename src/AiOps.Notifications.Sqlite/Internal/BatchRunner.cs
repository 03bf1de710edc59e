using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace AiOps.Notifications.Sqlite.Internal;

/// <summary>Runs a batch of writes in one transaction, each in a savepoint, so one failure fails only its caller.</summary>
/// <remarks>Used by one thread at a time: the writer.</remarks>
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
        if (error is not null)
        {
            Log.WriteBatchFailed(logger, batch.Count, error);
        }

        // Callers resume only now: their data is committed and the connection is back in the pool.
        foreach (var pending in batch)
        {
            pending.Complete(error);
        }
    }

    private Exception? Commit(List<PendingWrite> batch)
    {
        PooledConnection pooled;
        try
        {
            pooled = pool.Rent();
        }
        catch (ObjectDisposedException error)
        {
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
            // The transaction failed as a whole (or its only write did): the connection may be in an
            // unknown state, do not reuse it. Every caller of the batch gets the error, none hangs.
            pooled.Dispose();
            return error;
        }
    }

    private void CommitOn(PooledConnection pooled, List<PendingWrite> batch)
    {
        using var transaction = pooled.Connection.BeginTransaction();
        if (batch.Count == 1)
        {
            // Alone in its batch, a write fails with its transaction, as it did before batching.
            batch[0].Write(pooled, transaction);
        }
        else
        {
            foreach (var pending in batch)
            {
                RunInSavepoint(pooled, transaction, pending);
            }
        }

        transaction.Commit();
        Interlocked.Increment(ref _commits);
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
