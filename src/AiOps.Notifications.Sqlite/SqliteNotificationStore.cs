using AiOps.Notifications.Sqlite.Internal;
using AiOps.Notifications.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace AiOps.Notifications.Sqlite;

/// <summary>Keeps incidents, notifications, the delivery outbox and delivery attempts in one SQLite file.</summary>
/// <remarks>
/// Thread safe. Reads run in parallel (the file is in WAL mode); writes from this process take turns
/// through one gate, and wait up to <see cref="SqliteStoreOptions.BusyTimeout"/> for other processes.
/// Each write is one transaction. Times are kept as UTC ticks: they come back exact to 100 ns, in UTC.
/// The schema is created or migrated by <see cref="InitializeAsync"/>, or by the first operation.
/// </remarks>
public sealed partial class SqliteNotificationStore : INotificationStore, IAsyncDisposable, IDisposable
{
    private readonly ConnectionPool _pool;
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private readonly SemaphoreSlim _initializeGate = new(1, 1);
    private readonly ILogger _logger;
    private volatile bool _initialized;

    /// <summary>Initializes a new instance of the <see cref="SqliteNotificationStore"/> class.</summary>
    /// <param name="options">
    /// The settings; a relative <see cref="SqliteStoreOptions.DatabasePath"/> resolves against the current directory.
    /// </param>
    /// <param name="logger">The logger, or <see langword="null"/> for none.</param>
    /// <exception cref="ArgumentException">The settings are not valid; the message names the setting.</exception>
    public SqliteNotificationStore(SqliteStoreOptions options, ILogger<SqliteNotificationStore>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);

        var failures = new SqliteStoreOptionsValidator(SqliteStoreOptionsValidator.DefaultSectionPath)
            .GetFailures(options);
        if (failures.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", failures), nameof(options));
        }

        DatabasePath = Path.GetFullPath(options.DatabasePath!);
        _logger = logger ?? NullLogger<SqliteNotificationStore>.Instance;
        _pool = new ConnectionPool(DatabasePath, options.BusyTimeout);
    }

    /// <summary>Gets the full path of the database file.</summary>
    public string DatabasePath { get; }

    /// <inheritdoc />
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        if (_initialized)
        {
            return;
        }

        await _initializeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!_initialized)
            {
                Migrate();
                _initialized = true;
            }
        }
        finally
        {
            _initializeGate.Release();
        }
    }

    /// <summary>Closes the connections to the file.</summary>
    public void Dispose()
    {
        _pool.Dispose();
        Log.StoreClosed(_logger, DatabasePath);
    }

    /// <summary>Closes the connections to the file.</summary>
    /// <returns>A task that completes when the connections are closed.</returns>
    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    private void Migrate()
    {
        var folder = Path.GetDirectoryName(DatabasePath);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        var pooled = _pool.Rent();
        try
        {
            var (from, to) = SchemaMigrator.Migrate(pooled.Connection);
            if (from != to)
            {
                Log.SchemaMigrated(_logger, from, to);
            }

            Log.StoreOpened(_logger, DatabasePath, to);
        }
        finally
        {
            _pool.Return(pooled);
        }
    }

    private async Task<T> ReadAsync<T>(Func<PooledConnection, T> read, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        await InitializeAsync(cancellationToken).ConfigureAwait(false);

        var pooled = _pool.Rent();
        try
        {
            return read(pooled);
        }
        finally
        {
            _pool.Return(pooled);
        }
    }

    private async Task WriteAsync(
        Action<PooledConnection, SqliteTransaction> write, CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken).ConfigureAwait(false);

        await _writeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            WriteInTransaction(write);
        }
        finally
        {
            _writeGate.Release();
        }
    }

    private void WriteInTransaction(Action<PooledConnection, SqliteTransaction> write)
    {
        var pooled = _pool.Rent();
        try
        {
            using (var transaction = pooled.Connection.BeginTransaction())
            {
                write(pooled, transaction);
                transaction.Commit();
            }

            _pool.Return(pooled);
        }
        catch
        {
            // A failed write may leave the connection in an unknown state: do not reuse it.
            pooled.Dispose();
            throw;
        }
    }
}
