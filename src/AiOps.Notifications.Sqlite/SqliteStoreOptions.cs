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
}
