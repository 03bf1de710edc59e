using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace AiOps.Notifications.Sqlite.Internal;

/// <summary>
/// Copies the write-ahead log back into the database file on a timer of its own, so commits never do it.
/// </summary>
/// <remarks>
/// SQLite's automatic checkpoint runs inside the commit that crosses the threshold, and that commit (with
/// every write batched behind it) waits for the copy and its flush. Connections therefore turn the automatic
/// checkpoint off, and this class runs a <c>PASSIVE</c> one beside the writer: it copies what no reader still
/// needs and never blocks a writer or a reader. The last connection to close checkpoints whatever is left.
/// </remarks>
internal sealed class WalCheckpointer : IDisposable
{
    private readonly ConnectionPool _pool;
    private readonly ILogger _logger;
    private readonly ITimer _timer;
    private readonly Lock _gate = new();
    private bool _disposed;

    public WalCheckpointer(ConnectionPool pool, TimeSpan interval, TimeProvider timeProvider, ILogger logger)
    {
        _pool = pool;
        _logger = logger;
        _timer = timeProvider.CreateTimer(static state => ((WalCheckpointer)state!).Run(), this, interval, interval);
    }

    /// <summary>Stops the timer and waits for a checkpoint in progress.</summary>
    public void Dispose()
    {
        _timer.Dispose();
        lock (_gate)
        {
            _disposed = true;
        }
    }

    /// <summary>Runs one passive checkpoint unless one is running or the store closed.</summary>
    internal void Run()
    {
        if (!_gate.TryEnter())
        {
            return;
        }

        try
        {
            if (!_disposed)
            {
                Checkpoint();
            }
        }
        finally
        {
            _gate.Exit();
        }
    }

    private void Checkpoint()
    {
        PooledConnection? pooled = null;
        try
        {
            pooled = _pool.Rent();
            using var command = pooled.Connection.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(PASSIVE);";
            command.ExecuteNonQuery();
            _pool.Return(pooled);
        }
        catch (SqliteException exception)
        {
            // The next tick tries again; a connection that failed is not reused.
            pooled?.Dispose();
            Log.CheckpointFailed(_logger, exception);
        }
    }
}
