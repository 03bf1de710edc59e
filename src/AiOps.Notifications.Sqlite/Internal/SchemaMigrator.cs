using System.Globalization;
using Microsoft.Data.Sqlite;

namespace AiOps.Notifications.Sqlite.Internal;

/// <summary>Brings a database to the latest schema; the version lives in <c>PRAGMA user_version</c>.</summary>
internal static class SchemaMigrator
{
    /// <summary>Applies the missing steps in one write transaction.</summary>
    /// <returns>The version found before and the version after.</returns>
    public static (int From, int To) Migrate(SqliteConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);

        // WAL must be set outside a transaction; it is kept in the file once set.
        Execute(connection, null, "PRAGMA journal_mode = WAL;");

        using var transaction = connection.BeginTransaction();
        var from = ReadVersion(connection, transaction);
        EnsureSupported(from);

        for (var version = from; version < SchemaMigrations.LatestVersion; version++)
        {
            Execute(connection, transaction, SchemaMigrations.Steps[version]);
        }

        if (from != SchemaMigrations.LatestVersion)
        {
            var setVersion = string.Create(
                CultureInfo.InvariantCulture, $"PRAGMA user_version = {SchemaMigrations.LatestVersion};");
            Execute(connection, transaction, setVersion);
        }

        transaction.Commit();
        return (from, SchemaMigrations.LatestVersion);
    }

    public static int ReadVersion(SqliteConnection connection, SqliteTransaction? transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "PRAGMA user_version;";
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static void EnsureSupported(int version)
    {
        if (version > SchemaMigrations.LatestVersion)
        {
            throw new InvalidOperationException(
                $"The SQLite database has schema version {version}, newer than the {SchemaMigrations.LatestVersion} "
                + "this version of AiOps.Notifications.Sqlite knows. Upgrade the package or use another file.");
        }
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
