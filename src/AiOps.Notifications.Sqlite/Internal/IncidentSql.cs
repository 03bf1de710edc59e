using Microsoft.Data.Sqlite;

namespace AiOps.Notifications.Sqlite.Internal;

internal static class IncidentSql
{
    public const string Columns = "id, fingerprint, title, message, component, category, source, level, status, "
        + "labels, annotations, diagnosis, detected_at, last_seen_at, occurrence_count, acknowledged_at, "
        + "acknowledged_by, resolved_at, resolved_by, priority";

    public const string Upsert = $"""
        INSERT INTO incidents ({Columns})
        VALUES ($id, $fingerprint, $title, $message, $component, $category, $source, $level, $status,
            $labels, $annotations, $diagnosis, $detected_at, $last_seen_at, $occurrence_count, $acknowledged_at,
            $acknowledged_by, $resolved_at, $resolved_by, $priority)
        ON CONFLICT (id) DO UPDATE SET
            fingerprint = excluded.fingerprint, title = excluded.title, message = excluded.message,
            component = excluded.component, category = excluded.category, source = excluded.source,
            level = excluded.level, status = excluded.status, labels = excluded.labels,
            annotations = excluded.annotations, diagnosis = excluded.diagnosis, detected_at = excluded.detected_at,
            last_seen_at = excluded.last_seen_at, occurrence_count = excluded.occurrence_count,
            acknowledged_at = excluded.acknowledged_at, acknowledged_by = excluded.acknowledged_by,
            resolved_at = excluded.resolved_at, resolved_by = excluded.resolved_by, priority = excluded.priority;
        """;

    public const string FindById = $"SELECT {Columns} FROM incidents WHERE id = $id;";

    // The literal "status <> 3" (Resolved) lets SQLite use the partial index ix_incidents_open_fingerprint;
    // INDEXED BY keeps it from taking the larger ix_incidents_fingerprint of the reports, which also matches.
    public const string FindOpen = $"""
        SELECT {Columns} FROM incidents INDEXED BY ix_incidents_open_fingerprint
        WHERE fingerprint = $fingerprint AND status <> 3
        ORDER BY detected_at DESC LIMIT 1;
        """;

    public static void Bind(SqliteCommand command, Incident incident)
    {
        command.Bind("$id", incident.Id).Bind("$fingerprint", incident.Fingerprint).Bind("$title", incident.Title)
            .Bind("$message", incident.Message).Bind("$component", incident.Component)
            .Bind("$category", incident.Category).Bind("$source", incident.Source)
            .Bind("$level", (int)incident.Level).Bind("$status", (int)incident.Status)
            .Bind("$labels", StoreJson.WriteMap(incident.Labels))
            .Bind("$annotations", StoreJson.WriteMap(incident.Annotations))
            .Bind("$diagnosis", StoreJson.WriteDiagnosis(incident.Diagnosis))
            .Bind("$detected_at", SqliteTime.ToDb(incident.DetectedAt))
            .Bind("$last_seen_at", SqliteTime.ToDb(incident.LastSeenAt))
            .Bind("$occurrence_count", incident.OccurrenceCount)
            .Bind("$acknowledged_at", SqliteTime.ToDb(incident.AcknowledgedAt))
            .Bind("$acknowledged_by", incident.AcknowledgedBy)
            .Bind("$resolved_at", SqliteTime.ToDb(incident.ResolvedAt))
            .Bind("$resolved_by", incident.ResolvedBy)
            .Bind("$priority", (int)incident.Priority);
    }

    public static Incident Read(SqliteDataReader reader) => new()
    {
        Id = reader.GetString(0),
        Fingerprint = reader.GetString(1),
        Title = reader.GetString(2),
        Message = reader.GetNullableString(3),
        Component = reader.GetNullableString(4),
        Category = reader.GetNullableString(5),
        Source = reader.GetNullableString(6),
        Level = (IncidentLevel)reader.GetInt32(7),
        Status = (IncidentStatus)reader.GetInt32(8),
        Labels = StoreJson.ReadMap(reader.GetString(9)),
        Annotations = StoreJson.ReadMap(reader.GetString(10)),
        Diagnosis = StoreJson.ReadDiagnosis(reader.GetNullableString(11)),
        DetectedAt = reader.GetTime(12),
        LastSeenAt = reader.GetTime(13),
        OccurrenceCount = reader.GetInt32(14),
        AcknowledgedAt = reader.GetNullableTime(15),
        AcknowledgedBy = reader.GetNullableString(16),
        ResolvedAt = reader.GetNullableTime(17),
        ResolvedBy = reader.GetNullableString(18),
        Priority = (NotificationPriority)reader.GetInt32(19),
    };
}
