namespace AiOps.Notifications.Sqlite.Internal;

/// <summary>Aggregate and page statements for reports and exports; every filter is a parameter.</summary>
internal static class ReportSql
{
    private const string InPeriod = "detected_at >= $from AND detected_at < $to";

    // Diagnoses are stored with snake_case keys; files written before that fix have .NET member names.
    private const string AgentName =
        "COALESCE(json_extract(diagnosis, '$.agent_name'), json_extract(diagnosis, '$.AgentName'))";

    // Ticks of 1970-01-01 and the Julian day of the same instant convert a JSON time to ticks inside SQLite.
    private const string ProducedAtTicks =
        "((julianday(COALESCE(json_extract(diagnosis, '$.produced_at'), json_extract(diagnosis, '$.ProducedAt')))"
        + " - 2440587.5) * 864000000000.0 "
        + "+ 621355968000000000.0)";

    public const string IncidentTotals = $"""
        SELECT COUNT(*),
            COALESCE(SUM(acknowledged_at IS NOT NULL), 0),
            AVG(acknowledged_at - detected_at),
            COALESCE(SUM(status = 3 AND resolved_at IS NOT NULL), 0),
            AVG(CASE WHEN status = 3 THEN resolved_at - detected_at END)
        FROM incidents WHERE {InPeriod};
        """;

    public const string ByStatus = $"SELECT status, COUNT(*) FROM incidents WHERE {InPeriod} GROUP BY status;";

    public const string ByLevel = $"SELECT level, COUNT(*) FROM incidents WHERE {InPeriod} GROUP BY level;";

    public const string ByCategory = $"SELECT category, COUNT(*) FROM incidents WHERE {InPeriod} GROUP BY category;";

    public const string ByComponent =
        $"SELECT component, COUNT(*) FROM incidents WHERE {InPeriod} GROUP BY component;";

    public const string TopFingerprints = $"""
        SELECT fingerprint, MAX(title), COUNT(*) AS incidents, SUM(occurrence_count) AS occurrences
        FROM incidents WHERE {InPeriod}
        GROUP BY fingerprint
        ORDER BY occurrences DESC, incidents DESC, fingerprint
        LIMIT $limit;
        """;

    public const string Channels = """
        SELECT d.channel, COUNT(*),
            SUM(d.status IN (1, 2)), SUM(d.status = 3), SUM(d.attempt_count > 1),
            SUM(n.type = 'incident.escalated'), SUM(d.status = 4), SUM(d.status = 0)
        FROM deliveries d JOIN notifications n ON n.id = d.notification_id
        WHERE d.created_at >= $from AND d.created_at < $to
        GROUP BY d.channel ORDER BY d.channel;
        """;

    public const string AgentDiagnoses = $"""
        SELECT {AgentName} AS agent, COUNT(*), AVG({ProducedAtTicks} - detected_at)
        FROM incidents WHERE diagnosis IS NOT NULL AND {InPeriod}
        GROUP BY agent;
        """;

    public const string AgentFeedback = """
        SELECT f.agent_name, COUNT(*), SUM(f.helpful)
        FROM diagnosis_feedback f JOIN incidents i ON i.id = f.incident_id
        WHERE i.detected_at >= $from AND i.detected_at < $to
        GROUP BY f.agent_name;
        """;

    public const string IncidentFirstPage = $"""
        SELECT {IncidentSql.Columns} FROM incidents WHERE {InPeriod}
        ORDER BY detected_at, id LIMIT $take;
        """;

    public const string IncidentNextPage = $"""
        SELECT {IncidentSql.Columns} FROM incidents
        WHERE {InPeriod} AND (detected_at > $after_at OR (detected_at = $after_at AND id > $after_id))
        ORDER BY detected_at, id LIMIT $take;
        """;

    public const string NotificationFirstPage = $"""
        SELECT {NotificationSql.Columns} FROM notifications WHERE created_at >= $from AND created_at < $to
        ORDER BY created_at, id LIMIT $take;
        """;

    public const string NotificationNextPage = $"""
        SELECT {NotificationSql.Columns} FROM notifications
        WHERE created_at >= $from AND created_at < $to
            AND (created_at > $after_at OR (created_at = $after_at AND id > $after_id))
        ORDER BY created_at, id LIMIT $take;
        """;
}
