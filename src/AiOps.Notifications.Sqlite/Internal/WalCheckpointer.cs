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
/// log is never started over and its file keeps growing. The writer therefore looks at the file between its
/// commits (<see cref="AfterCommit"/>): once it holds more than the limit, a <c>TRUNCATE</c> checkpoint waits
/// (up to the busy timeout) for the readers of the moment, copies everything and empties the file, and the
/// writes queued meanwhile wait for it. The last connection to close checkpoints whatever is left.
/// </remarks>
internal sealed class WalCheckpointer : IDisposable
{
    /// <summary>The log size, in pages, above which the writer empties it: 16,384 pages of 4 KB are 64 MB.</summary>
    public const int DefaultLimitPages = 16_384;

    // SQLite's default page size: the limit in bytes that the writer compares with the log file's length.
    private const int PageSize = 4096;
    private const long SizeCheckIntervalMs = 100;

    private readonly ConnectionPool _pool;
    private readonly string _walPath;
    private readonly TimeSpan _interval;
    private readonly TimeProvider _timeProvider;
    private readonly int _limitPages;
    private readonly ILogger _logger;
    private readonly Lock _gate = new();
    private ITimer? _timer;
    private long _nextSizeCheck;
    private bool _disposed;

    public WalCheckpointer(
        ConnectionPool pool,
        string databasePath,
        TimeSpan interval,
        TimeProvider timeProvider,
        ILogger logger,
        int limitPages = DefaultLimitPages)
    {
        _pool = pool;
        _walPath = databasePath + "-wal";
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

    /// <summary>Runs one passive checkpoint unless one is running or the store closed.</summary>
    internal void Run() => Run(truncateNow: false);

    /// <summary>
    /// Called by the writer after each commit: when the log file has passed the limit, empties it at once, so the
    /// writes queued meanwhile wait for that instead of growing the file faster than the timer copies it back.
    /// </summary>
    /// <remarks>Looks at the file's length at most every 100 ms; a stat is cheap next to a commit.</remarks>
    public void AfterCommit()
    {
        var now = Environment.TickCount64;
        if (now < Volatile.Read(ref _nextSizeCheck))
        {
            return;
        }

        Volatile.Write(ref _nextSizeCheck, now + SizeCheckIntervalMs);
        var log = new FileInfo(_walPath);
        if (log.Exists && log.Length > (long)_limitPages * PageSize)
        {
            Run(truncateNow: true);
        }
    }

    private void Run(bool truncateNow)
    {
        if (!_gate.TryEnter())
        {
            return;
        }

        try
        {
            if (!_disposed)
            {
                Checkpoint(truncateNow);
            }
        }
        finally
        {
            _gate.Exit();
        }
    }

    private void Checkpoint(bool truncateNow)
    {
        PooledConnection? pooled = null;
        try
        {
            pooled = _pool.Rent();

            // Only the writer truncates: between its commits the write lock is free, whereas from the timer a
            // TRUNCATE competes with back-to-back commits for that lock and can starve while the log grows.
            RunCheckpoint(pooled.Connection, truncateNow ? "TRUNCATE" : "PASSIVE");

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
