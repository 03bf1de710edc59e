using AiOps.Notifications.Sqlite.Internal;
using Microsoft.Data.Sqlite;

namespace AiOps.Notifications.Sqlite.Tests;

/// <summary>Writes a database file as an earlier version of the store left it, to test the later steps on it.</summary>
internal static class OlderSchema
{
    // The incident columns of schema versions 1 to 11; step 12 added priority. Extra bound values are ignored.
    private const string InsertIncident = """
        INSERT INTO incidents (id, fingerprint, title, message, component, category, source, level, status,
            labels, annotations, diagnosis, detected_at, last_seen_at, occurrence_count, acknowledged_at,
            acknowledged_by, resolved_at, resolved_by)
        VALUES ($id, $fingerprint, $title, $message, $component, $category, $source, $level, $status,
            $labels, $annotations, $diagnosis, $detected_at, $last_seen_at, $occurrence_count, $acknowledged_at,
            $acknowledged_by, $resolved_at, $resolved_by);
        """;

    /// <summary>Applies the first <paramref name="version"/> steps, then stores incidents and notifications.</summary>
    public static void Create(
        TempFolder folder,
        int version,
        IEnumerable<Incident> incidents,
        IEnumerable<Notification>? notifications = null)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(version, 11);

        using var connection = folder.OpenConnection();
        foreach (var step in SchemaMigrations.Steps.Take(version))
        {
            Execute(connection, step);
        }

        Execute(connection, $"PRAGMA user_version = {version};");
        foreach (var incident in incidents)
        {
            Insert(connection, InsertIncident, command => IncidentSql.Bind(command, incident));
        }

        foreach (var notification in notifications ?? [])
        {
            Insert(connection, NotificationSql.Insert, command => NotificationSql.Bind(command, notification));
        }
    }

    private static void Insert(SqliteConnection connection, string sql, Action<SqliteCommand> bind)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        bind(command);
        command.ExecuteNonQuery();
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
