using Microsoft.Data.Sqlite;

namespace AiOps.Notifications.Sqlite.Tests;

/// <summary>A fresh folder under the system temp folder, deleted with everything in it on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        FullPath = Directory.CreateTempSubdirectory("aiops-sqlite-").FullName;
    }

    public string FullPath { get; }

    public string DatabasePath => Path.Combine(FullPath, "aiops.db");

    public SqliteNotificationStore CreateStore(string? databasePath = null) =>
        new(new SqliteStoreOptions { DatabasePath = databasePath ?? DatabasePath });

    public SqliteConnection OpenConnection()
    {
        var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        connection.Open();
        return connection;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(FullPath, recursive: true);
    }
}
