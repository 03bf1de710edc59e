using Microsoft.Data.Sqlite;

namespace AiOps.Notifications.Sqlite.Internal;

internal static class AttemptSql
{
    public const string Columns = "id, delivery_id, notification_id, incident_id, channel, recipient, number, "
        + "started_at, duration, outcome, status_code, detail";

    public const string Insert = $"""
        INSERT INTO delivery_attempts ({Columns})
        VALUES ($id, $delivery_id, $notification_id, $incident_id, $channel, $recipient, $number,
            $started_at, $duration, $outcome, $status_code, $detail);
        """;

    public const string ForIncident = $"""
        SELECT {Columns} FROM delivery_attempts
        WHERE incident_id = $incident_id
        ORDER BY started_at, rowid;
        """;

    public static void Bind(SqliteCommand command, DeliveryAttempt attempt)
    {
        command.Bind("$id", attempt.Id).Bind("$delivery_id", attempt.DeliveryId)
            .Bind("$notification_id", attempt.NotificationId).Bind("$incident_id", attempt.IncidentId)
            .Bind("$channel", attempt.Channel).Bind("$recipient", attempt.Recipient)
            .Bind("$number", attempt.Number).Bind("$started_at", SqliteTime.ToDb(attempt.StartedAt))
            .Bind("$duration", attempt.Duration.Ticks).Bind("$outcome", (int)attempt.Outcome)
            .Bind("$status_code", attempt.StatusCode).Bind("$detail", attempt.Detail);
    }

    public static DeliveryAttempt Read(SqliteDataReader reader) => new()
    {
        Id = reader.GetString(0),
        DeliveryId = reader.GetString(1),
        NotificationId = reader.GetString(2),
        IncidentId = reader.GetNullableString(3),
        Channel = reader.GetString(4),
        Recipient = reader.GetString(5),
        Number = reader.GetInt32(6),
        StartedAt = reader.GetTime(7),
        Duration = TimeSpan.FromTicks(reader.GetInt64(8)),
        Outcome = (AttemptOutcome)reader.GetInt32(9),
        StatusCode = reader.IsDBNull(10) ? null : reader.GetInt32(10),
        Detail = reader.GetNullableString(11),
    };
}
