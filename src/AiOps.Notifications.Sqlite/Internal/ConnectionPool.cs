using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace AiOps.Notifications.Sqlite.Internal;

/// <summary>Keeps a few open, configured connections to one database file.</summary>
/// <remarks>
/// Our own pool rather than the driver's, so that each connection keeps its prepared commands and
/// its pragmas are set once. Thread safe.
/// </remarks>
internal sealed class ConnectionPool : IDisposable
{
    private const int MaxIdle = 16;
    private const string NoAutoCheckpoint = "PRAGMA wal_autocheckpoint = 0;";

    private readonly ConcurrentBag<PooledConnection> _idle = [];
    private readonly string _connectionString;
    private readonly string _pragmas;
    private volatile bool _disposed;

    public ConnectionPool(string databasePath, TimeSpan busyTimeout, bool fullSync)
    {
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = databasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = false,
            ForeignKeys = true,
            DefaultTimeout = (int)Math.Ceiling(busyTimeout.TotalSeconds),
        }.ToString();
        // In WAL mode NORMAL flushes only at checkpoints: commits survive a process crash, not a power cut.
        // Checkpoints are WalCheckpointer's, off the commit path.
        var synchronous = fullSync ? "FULL" : "NORMAL";
        _pragmas = string.Create(
            CultureInfo.InvariantCulture,
            $"PRAGMA busy_timeout = {(long)busyTimeout.TotalMilliseconds}; PRAGMA synchronous = {synchronous}; {NoAutoCheckpoint}");
    }

    public PooledConnection Rent()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);

        return _idle.TryTake(out var pooled) ? pooled : Open();
    }

    public void Return(PooledConnection pooled)
    {
        if (_disposed || _idle.Count >= MaxIdle)
        {
            pooled.Dispose();
            return;
        }

        _idle.Add(pooled);
        if (_disposed)
        {
            // Dispose ran while this connection was being returned.
            Drain();
        }
    }

    public void Dispose()
    {
        _disposed = true;
        Drain();
    }

    private void Drain()
    {
        while (_idle.TryTake(out var pooled))
        {
            pooled.Dispose();
        }
    }

    private PooledConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = _pragmas;
            command.ExecuteNonQuery();
            return new PooledConnection(connection);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }
}
