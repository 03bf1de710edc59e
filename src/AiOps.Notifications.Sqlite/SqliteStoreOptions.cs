namespace AiOps.Notifications.Sqlite;

/// <summary>Settings of the SQLite store, bound from the <c>AiOps:Sqlite</c> configuration section.</summary>
public sealed class SqliteStoreOptions
{
    /// <summary>Gets or sets the path of the database file, such as <c>data/aiops.db</c>. Required.</summary>
    /// <value>
    /// No default. A relative path resolves against the host's content root (or the current directory
    /// when there is no host); the folder is created when it does not exist.
    /// </value>
    public string? DatabasePath { get; set; }

    /// <summary>Gets or sets how long an operation waits for a lock held by another connection or process.</summary>
    /// <value>Defaults to 5 seconds.</value>
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Gets or sets whether every commit is flushed to the disk before the write completes.</summary>
    /// <value>
    /// Defaults to <see langword="false"/>: SQLite's <c>synchronous = NORMAL</c> in WAL mode, where a completed
    /// write survives the process being killed, and a power cut or OS crash may lose the last commits (the file
    /// stays consistent). <see langword="true"/> sets <c>synchronous = FULL</c>: completed writes also survive a
    /// power cut, at the cost of one flush to the disk per commit (writes are committed in batches).
    /// </value>
    public bool FullSync { get; set; }
}
