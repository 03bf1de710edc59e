namespace AiOps.Notifications.Sqlite.Internal;

/// <summary>The ordered schema steps; step N brings a database from version N-1 to N.</summary>
/// <remarks>Steps are append-only: never edit a shipped step, add a new one (for example an ALTER TABLE).</remarks>
internal static class SchemaMigrations
{
    public static IReadOnlyList<string> Steps { get; } = [Version1, Version2, Version3, Version4, Version5];

    public static int LatestVersion => Steps.Count;

    private const string Version1 = """
        CREATE TABLE incidents (
            id TEXT NOT NULL PRIMARY KEY,
            fingerprint TEXT NOT NULL,
            title TEXT NOT NULL,
            message TEXT NULL,
            component TEXT NULL,
            category TEXT NULL,
            source TEXT NULL,
            level INTEGER NOT NULL,
            status INTEGER NOT NULL,
            labels TEXT NOT NULL,
            annotations TEXT NOT NULL,
            diagnosis TEXT NULL,
            detected_at INTEGER NOT NULL,
            last_seen_at INTEGER NOT NULL,
            occurrence_count INTEGER NOT NULL,
            acknowledged_at INTEGER NULL,
            acknowledged_by TEXT NULL,
            resolved_at INTEGER NULL,
            resolved_by TEXT NULL);
        CREATE INDEX ix_incidents_open_fingerprint ON incidents (fingerprint, detected_at) WHERE status <> 3;
        CREATE INDEX ix_incidents_detected_at ON incidents (detected_at DESC, id DESC);
        CREATE INDEX ix_incidents_status_detected_at ON incidents (status, detected_at DESC, id DESC);
        CREATE INDEX ix_incidents_component_detected_at ON incidents (component, detected_at DESC, id DESC);
        CREATE INDEX ix_incidents_level_detected_at ON incidents (level, detected_at DESC, id DESC);

        CREATE TABLE notifications (
            id TEXT NOT NULL PRIMARY KEY,
            type TEXT NOT NULL,
            priority INTEGER NOT NULL,
            incident_id TEXT NULL,
            title TEXT NOT NULL,
            labels TEXT NOT NULL,
            data TEXT NOT NULL,
            created_at INTEGER NOT NULL);
        CREATE INDEX ix_notifications_incident ON notifications (incident_id, created_at);

        CREATE TABLE deliveries (
            id TEXT NOT NULL PRIMARY KEY,
            notification_id TEXT NOT NULL REFERENCES notifications (id) ON DELETE CASCADE,
            incident_id TEXT NULL,
            channel TEXT NOT NULL,
            recipient TEXT NOT NULL,
            priority INTEGER NOT NULL,
            status INTEGER NOT NULL,
            attempt_count INTEGER NOT NULL,
            next_attempt_at INTEGER NULL,
            due_at INTEGER NOT NULL,
            created_at INTEGER NOT NULL,
            completed_at INTEGER NULL,
            last_error TEXT NULL);
        CREATE INDEX ix_deliveries_notification ON deliveries (notification_id, created_at);
        CREATE INDEX ix_deliveries_incident ON deliveries (incident_id, created_at);
        CREATE INDEX ix_deliveries_due ON deliveries (priority DESC, due_at) WHERE status = 0;

        CREATE TABLE delivery_attempts (
            id TEXT NOT NULL PRIMARY KEY,
            delivery_id TEXT NOT NULL REFERENCES deliveries (id) ON DELETE CASCADE,
            notification_id TEXT NOT NULL,
            incident_id TEXT NULL,
            channel TEXT NOT NULL,
            recipient TEXT NOT NULL,
            number INTEGER NOT NULL,
            started_at INTEGER NOT NULL,
            duration INTEGER NOT NULL,
            outcome INTEGER NOT NULL,
            status_code INTEGER NULL,
            detail TEXT NULL);
        CREATE INDEX ix_delivery_attempts_incident ON delivery_attempts (incident_id, started_at);
        CREATE INDEX ix_delivery_attempts_delivery ON delivery_attempts (delivery_id, number);
        """;

    private const string Version2 = """
        CREATE TABLE silences (
            id TEXT NOT NULL PRIMARY KEY,
            matchers TEXT NOT NULL,
            starts_at INTEGER NOT NULL,
            ends_at INTEGER NOT NULL,
            created_by TEXT NULL,
            comment TEXT NULL,
            created_at INTEGER NOT NULL);
        CREATE INDEX ix_silences_ends_at ON silences (ends_at);

        CREATE TABLE escalations (
            incident_id TEXT NOT NULL PRIMARY KEY,
            policy TEXT NOT NULL,
            next_step INTEGER NOT NULL,
            round INTEGER NOT NULL,
            due_at INTEGER NOT NULL,
            reason TEXT NULL,
            notified TEXT NOT NULL);
        CREATE INDEX ix_escalations_due_at ON escalations (due_at);
        """;

    private const string Version3 = """
        CREATE TABLE diagnosis_feedback (
            id TEXT NOT NULL PRIMARY KEY,
            incident_id TEXT NOT NULL,
            agent_name TEXT NOT NULL,
            helpful INTEGER NOT NULL,
            comment TEXT NULL,
            given_by TEXT NULL,
            given_at INTEGER NOT NULL);
        CREATE INDEX ix_diagnosis_feedback_incident ON diagnosis_feedback (incident_id, given_at);
        CREATE INDEX ix_diagnosis_feedback_agent ON diagnosis_feedback (agent_name, given_at);
        """;

    // Indexes for the dashboard: deliveries across incidents, attempts per period (issue 5).
    private const string Version4 = """
        CREATE INDEX ix_deliveries_created_at ON deliveries (created_at, id);
        CREATE INDEX ix_deliveries_channel_created_at ON deliveries (channel, created_at, id);
        CREATE INDEX ix_delivery_attempts_started_at ON delivery_attempts (started_at);
        CREATE INDEX ix_diagnosis_feedback_given_at ON diagnosis_feedback (given_at);
        """;

    // Reports and exports page through notifications by creation time (issue 7).
    private const string Version5 = """
        CREATE INDEX ix_notifications_created_at ON notifications (created_at, id);
        """;
}
