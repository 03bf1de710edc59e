namespace AiOps.Notifications.Sqlite.Internal;

/// <summary>Aggregate and page statements for reports and exports; every filter is a parameter.</summary>
internal static class ReportSql
{
    private const string InPeriod = "detected_at >= $from AND detected_at < $to";

    // One pass over the covering index ix_incidents_report: the totals and every breakdown are folded from these
    // groups, so the period is read once instead of once per figure.
    public const string IncidentGroups = $"""
        SELECT status, level, category, component, COUNT(*),
            SUM(acknowledged_at IS NOT NULL), SUM(acknowledged_at - detected_at),
            SUM(status = 3 AND resolved_at IS NOT NULL), SUM(CASE WHEN status = 3 THEN resolved_at - detected_at END)
        FROM incidents WHERE {InPeriod}
        GROUP BY status, level, category, component;
        """;

    // The counting runs on index entries; only the titles of the few fingerprints listed are read from rows.
    public const string TopFingerprints = $"""
        WITH top AS (
            SELECT fingerprint, COUNT(*) AS incidents, SUM(occurrence_count) AS occurrences
            FROM incidents WHERE {InPeriod}
            GROUP BY fingerprint
            ORDER BY occurrences DESC, incidents DESC, fingerprint
            LIMIT $limit)
        SELECT fingerprint,
            (SELECT MAX(i.title) FROM incidents i WHERE i.fingerprint = top.fingerprint
                AND i.detected_at >= $from AND i.detected_at < $to),
            incidents, occurrences
        FROM top
        ORDER BY occurrences DESC, incidents DESC, fingerprint;
        """;

    public const string Channels = """
        SELECT channel, COUNT(*),
            SUM(status IN (1, 2)), SUM(status = 3), SUM(attempt_count > 1), SUM(status = 4), SUM(status = 0)
        FROM deliveries
        WHERE created_at >= $from AND created_at < $to
        GROUP BY channel ORDER BY channel;
        """;

    // Escalations are few: start from their notifications instead of joining every delivery of the period.
    public const string EscalatedDeliveries = """
        SELECT d.channel, COUNT(*)
        FROM notifications n JOIN deliveries d ON d.notification_id = n.id
        WHERE n.type = 'incident.escalated' AND n.created_at < $to
            AND d.created_at >= $from AND d.created_at < $to
        GROUP BY d.channel;
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
