using Microsoft.Extensions.Logging;

namespace AiOps.Notifications.Sqlite.Internal;

internal static partial class Log
{
    [LoggerMessage(2000, LogLevel.Information, "SQLite store opened {DatabasePath} at schema version {SchemaVersion}")]
    public static partial void StoreOpened(ILogger logger, string databasePath, int schemaVersion);

    [LoggerMessage(2001, LogLevel.Information, "SQLite schema migrated from version {FromVersion} to {ToVersion}")]
    public static partial void SchemaMigrated(ILogger logger, int fromVersion, int toVersion);

    [LoggerMessage(2002, LogLevel.Debug, "SQLite store closed {DatabasePath}")]
    public static partial void StoreClosed(ILogger logger, string databasePath);

    [LoggerMessage(
        2003, LogLevel.Warning, "SQLite write batch of {WriteCount} writes failed; none of them was committed")]
    public static partial void WriteBatchFailed(ILogger logger, int writeCount, Exception exception);

    [LoggerMessage(2004, LogLevel.Warning, "SQLite checkpoint of the write-ahead log failed; it is tried again")]
    public static partial void CheckpointFailed(ILogger logger, Exception exception);
}
