using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace AiOps.Notifications.Sqlite.Internal;

/// <summary>
/// Copies the write-ahead log back into the database file on a timer of its own, so commits never do it, and
/// keeps the log's file from growing without bound.
/// </summary>
/// <remarks>
/// SQLite's automatic checkpoint runs inside the commit that crosses the threshold, and that commit (with
/// every write batched behind it) waits for the copy and its flush. Connections therefore turn the automatic
/// checkpoint off, and this class runs a <c>PASSIVE</c> one beside the writer: it copies what no reader still
/// needs and never blocks a writer or a reader. Under steady load some reader always holds a snapshot, so the
/// log is never started over and its file keeps growing; once it holds more than the limit, a <c>TRUNCATE</c>
/// checkpoint waits (up to the busy timeout) for the readers of the moment, copies everything and empties the
/// file. The last connection to close checkpoints whatever is left.
/// </remarks>
internal sealed class WalCheckpointer : IDisposable
{
    /// <summary>The log size, in pages, above which the log is emptied: 16,384 pages of 4 KB are 64 MB.</summary>
    public const int DefaultLimitPages = 16_384;

    private readonly ConnectionPool _pool;
    private readonly TimeSpan _interval;
    private readonly TimeProvider _timeProvider;
    private readonly int _limitPages;
    private readonly ILogger _logger;
    private readonly Lock _gate = new();
    private ITimer? _timer;
    private bool _disposed;

    public WalCheckpointer(
        ConnectionPool pool,
        TimeSpan interval,
        TimeProvider timeProvider,
        ILogger logger,
        int limitPages = DefaultLimitPages)
    {
        _pool = pool;
        _interval = interval;
        _timeProvider = timeProvider;
        _limitPages = limitPages;
        _logger = logger;
    }

    /// <summary>Starts the timer; called once the database file exists.</summary>
    public void Start()
    {
        lock (_gate)
        {
            if (!_disposed && _timer is null)
            {
                _timer = _timeProvider.CreateTimer(
                    static state => ((WalCheckpointer)state!).Run(), this, _interval, _interval);
            }
        }
    }

    /// <summary>Stops the timer and waits for a checkpoint in progress.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            _timer?.Dispose();
            _disposed = true;
        }
    }

    /// <summary>Runs one checkpoint unless one is running or the store closed.</summary>
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
            if (RunCheckpoint(pooled.Connection, "PASSIVE") > _limitPages)
            {
                RunCheckpoint(pooled.Connection, "TRUNCATE");
            }

            _pool.Return(pooled);
        }
        catch (SqliteException exception)
        {
            // The next tick tries again; a connection that failed is not reused.
            pooled?.Dispose();
            Log.CheckpointFailed(_logger, exception);
        }
    }

    /// <summary>Runs a checkpoint of the given mode; returns how many pages the log held.</summary>
    private static long RunCheckpoint(SqliteConnection connection, string mode)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA wal_checkpoint({mode});";
        using var reader = command.ExecuteReader();

        // One row: whether it was blocked, the pages in the log, the pages copied back.
        return reader.Read() ? reader.GetInt64(1) : 0;
    }
}
