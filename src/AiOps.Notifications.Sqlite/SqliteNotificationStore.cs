using AiOps.Notifications.Sqlite.Internal;
using AiOps.Notifications.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace AiOps.Notifications.Sqlite;

/// <summary>Keeps incidents, notifications, the delivery outbox and delivery attempts in one SQLite file.</summary>
/// <remarks>
/// Thread safe. Reads run in parallel (the file is in WAL mode). Writes from this process go through one
/// writer that commits the writes queued while the previous commit ran in one transaction (group commit,
/// up to 256 writes); a failing write is undone alone and fails only its own caller. A write's task
/// completes once it is committed, and the writer waits up to <see cref="SqliteStoreOptions.BusyTimeout"/>
/// for other processes. By default commits use WAL with <c>synchronous = NORMAL</c>: a completed write
/// survives the process being killed; a power cut may lose the last commits but leaves the file consistent
/// (<see cref="SqliteStoreOptions.FullSync"/> covers power cuts too).
/// Times are kept as UTC ticks: they come back exact to 100 ns, in UTC.
/// The schema is created or migrated by <see cref="InitializeAsync"/>, or by the first operation.
/// </remarks>
public sealed partial class SqliteNotificationStore : INotificationStore, IAsyncDisposable, IDisposable
{
    // Often enough that the log stays a few megabytes under load, rarely enough to cost nothing when idle.
    private static readonly TimeSpan CheckpointInterval = TimeSpan.FromMilliseconds(500);

    private readonly ConnectionPool _pool;
    private readonly GroupCommitWriter _writer;
    private readonly WalCheckpointer _checkpointer;
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
        _pool = new ConnectionPool(DatabasePath, options.BusyTimeout, options.FullSync);
        _checkpointer = new WalCheckpointer(_pool, DatabasePath, CheckpointInterval, TimeProvider.System, _logger);
        _writer = new GroupCommitWriter(_pool, _logger, _checkpointer.AfterCommit);
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
                _checkpointer.Start();
                _initialized = true;
            }
        }
        finally
        {
            _initializeGate.Release();
        }
    }

    /// <summary>Gets how many write transactions this store has committed.</summary>
    internal long Commits => _writer.Commits;

    /// <summary>Closes the connections to the file.</summary>
    /// <remarks>
    /// Writes still queued fail with <see cref="ObjectDisposedException"/>; a batch being committed finishes first.
    /// </remarks>
    public void Dispose()
    {
        _writer.CloseAsync().GetAwaiter().GetResult();
        Close();
    }

    /// <summary>Closes the connections to the file.</summary>
    /// <returns>A task that completes when the connections are closed.</returns>
    /// <remarks>
    /// Writes still queued fail with <see cref="ObjectDisposedException"/>; a batch being committed finishes first.
    /// </remarks>
    public async ValueTask DisposeAsync()
    {
        await _writer.CloseAsync().ConfigureAwait(false);
        Close();
    }

    private void Close()
    {
        _checkpointer.Dispose();
        _pool.Dispose();
        Log.StoreClosed(_logger, DatabasePath);
    }

    private void Migrate()
    {
        var folder = Path.GetDirectoryName(DatabasePath);
        var pooled = Open(folder);
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

    /// <summary>Creates the file's folder and opens the first connection, naming the setting when either fails.</summary>
    private PooledConnection Open(string? folder)
    {
        try
        {
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }

            return _pool.Rent();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or SqliteException)
        {
            throw new InvalidOperationException(
                $"{SqliteStoreOptionsValidator.DefaultSectionPath}:DatabasePath '{DatabasePath}' cannot be opened: "
                + exception.Message,
                exception);
        }
    }

    internal async Task<T> ReadAsync<T>(Func<PooledConnection, T> read, CancellationToken cancellationToken)
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

    /// <summary>Runs a write in a transaction shared with the writes queued meanwhile (group commit).</summary>
    /// <returns>A task that completes once the write is committed.</returns>
    internal Task WriteAsync(Action<PooledConnection, SqliteTransaction> write, CancellationToken cancellationToken)
    {
        return _initialized ? _writer.EnqueueAsync(write, cancellationToken) : InitializeThenWriteAsync();

        async Task InitializeThenWriteAsync()
        {
            await InitializeAsync(cancellationToken).ConfigureAwait(false);
            await _writer.EnqueueAsync(write, cancellationToken).ConfigureAwait(false);
        }
    }
}
