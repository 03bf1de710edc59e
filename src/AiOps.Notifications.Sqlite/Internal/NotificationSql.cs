using Microsoft.Data.Sqlite;

namespace AiOps.Notifications.Sqlite.Internal;

internal static class NotificationSql
{
    public const string Columns = "id, type, priority, incident_id, title, labels, data, created_at";

    public const string Insert = $"""
        INSERT INTO notifications ({Columns})
        VALUES ($id, $type, $priority, $incident_id, $title, $labels, $data, $created_at);
        """;

    public const string FindById = $"SELECT {Columns} FROM notifications WHERE id = $id;";

    public const string ByIds =
        $"SELECT {Columns} FROM notifications WHERE id IN (SELECT value FROM json_each($ids));";

    public const string ForIncident = $"""
        SELECT {Columns} FROM notifications
        WHERE incident_id = $incident_id
        ORDER BY created_at, rowid;
        """;

    public static void Bind(SqliteCommand command, Notification notification)
    {
        command.Bind("$id", notification.Id).Bind("$type", notification.Type)
            .Bind("$priority", (int)notification.Priority).Bind("$incident_id", notification.IncidentId)
            .Bind("$title", notification.Title).Bind("$labels", StoreJson.WriteMap(notification.Labels))
            .Bind("$data", StoreJson.WriteMap(notification.Data))
            .Bind("$created_at", SqliteTime.ToDb(notification.CreatedAt));
    }

    public static Notification Read(SqliteDataReader reader) => new()
    {
        Id = reader.GetString(0),
        Type = reader.GetString(1),
        Priority = (NotificationPriority)reader.GetInt32(2),
        IncidentId = reader.GetNullableString(3),
        Title = reader.GetString(4),
        Labels = StoreJson.ReadMap(reader.GetString(5)),
        Data = StoreJson.ReadMap(reader.GetString(6)),
        CreatedAt = reader.GetTime(7),
    };
}
