namespace AiOps.Notifications.Sqlite.Internal;

/// <summary>The ordered schema steps; step N brings a database from version N-1 to N.</summary>
/// <remarks>Steps are append-only: never edit a shipped step, add a new one (for example an ALTER TABLE).</remarks>
internal static class SchemaMigrations
{
    public static IReadOnlyList<string> Steps { get; } =
        [Version1, Version2, Version3, Version4, Version5, Version6, Version7, Version8, Version9, Version10, Version11,
        Version12];

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

    // Full-text search over incident text (issue 5): a trigram index finds the same substrings LIKE found, without
    // scanning. External content: the text stays in incidents, triggers keep the index in step, 'rebuild' fills it.
    private const string Version6 = """
        CREATE VIRTUAL TABLE incidents_search USING fts5(
            title, message, component, content = 'incidents', content_rowid = 'rowid', tokenize = 'trigram');
        CREATE TRIGGER incidents_search_insert AFTER INSERT ON incidents BEGIN
            INSERT INTO incidents_search (rowid, title, message, component)
            VALUES (new.rowid, new.title, new.message, new.component);
        END;
        CREATE TRIGGER incidents_search_delete AFTER DELETE ON incidents BEGIN
            INSERT INTO incidents_search (incidents_search, rowid, title, message, component)
            VALUES ('delete', old.rowid, old.title, old.message, old.component);
        END;
        CREATE TRIGGER incidents_search_update AFTER UPDATE OF title, message, component ON incidents
        WHEN old.title IS NOT new.title OR old.message IS NOT new.message OR old.component IS NOT new.component
        BEGIN
            INSERT INTO incidents_search (incidents_search, rowid, title, message, component)
            VALUES ('delete', old.rowid, old.title, old.message, old.component);
            INSERT INTO incidents_search (rowid, title, message, component)
            VALUES (new.rowid, new.title, new.message, new.component);
        END;
        INSERT INTO incidents_search (incidents_search) VALUES ('rebuild');
        """;

    // Hourly incident counts per level, component and agent for the monitoring aggregates (issue 5), kept exact by
    // triggers and filled from the incidents already stored. Statistics read whole hours here and only the partial
    // hours at the ends of a period from incidents. An hour is 36,000,000,000 ticks; the Unix epoch is at tick
    // 621,355,968,000,000,000. The two generated columns read the diagnosis agent and its delay once for both.
    private const string Version7 = """
        ALTER TABLE incidents ADD COLUMN diagnosis_agent TEXT GENERATED ALWAYS AS (
            COALESCE(json_extract(diagnosis, '$.AgentName'), json_extract(diagnosis, '$.agent_name'))) VIRTUAL;
        ALTER TABLE incidents ADD COLUMN diagnosis_ticks INTEGER GENERATED ALWAYS AS (CAST(ROUND(
            unixepoch(COALESCE(json_extract(diagnosis, '$.ProducedAt'), json_extract(diagnosis, '$.produced_at')),
                'subsec') * 10000000.0 - (detected_at - 621355968000000000)) AS INTEGER)) VIRTUAL;
        CREATE TABLE incident_hours (
            hour INTEGER NOT NULL,
            level INTEGER NOT NULL,
            component TEXT NULL,
            agent TEXT NULL,
            detected INTEGER NOT NULL DEFAULT 0,
            diagnosed INTEGER NOT NULL DEFAULT 0,
            acknowledged INTEGER NOT NULL DEFAULT 0,
            resolved INTEGER NOT NULL DEFAULT 0,
            acknowledge_ticks INTEGER NOT NULL DEFAULT 0,
            resolve_ticks INTEGER NOT NULL DEFAULT 0,
            responses INTEGER NOT NULL DEFAULT 0,
            response_ticks INTEGER NOT NULL DEFAULT 0);
        CREATE INDEX ix_incident_hours ON incident_hours (hour, level, component, agent, detected, diagnosed,
            acknowledged, resolved, acknowledge_ticks, resolve_ticks, responses, response_ticks);
        CREATE TRIGGER incident_hours_insert AFTER INSERT ON incidents BEGIN
            INSERT INTO incident_hours (hour, level, component, agent)
            SELECT new.detected_at / 36000000000, new.level, new.component, new.diagnosis_agent
            WHERE NOT EXISTS (SELECT 1 FROM incident_hours
                WHERE hour = new.detected_at / 36000000000 AND level = new.level
                AND component IS new.component AND agent IS new.diagnosis_agent);
            UPDATE incident_hours SET detected = detected + 1,
                diagnosed = diagnosed + (new.diagnosis IS NOT NULL),
                acknowledged = acknowledged + (new.acknowledged_at IS NOT NULL),
                resolved = resolved + (new.resolved_at IS NOT NULL),
                acknowledge_ticks = acknowledge_ticks + COALESCE(new.acknowledged_at - new.detected_at, 0),
                resolve_ticks = resolve_ticks + COALESCE(new.resolved_at - new.detected_at, 0),
                responses = responses + (new.diagnosis_ticks IS NOT NULL),
                response_ticks = response_ticks + COALESCE(new.diagnosis_ticks, 0)
            WHERE hour = new.detected_at / 36000000000 AND level = new.level
                AND component IS new.component AND agent IS new.diagnosis_agent;
        END;
        CREATE TRIGGER incident_hours_delete AFTER DELETE ON incidents BEGIN
            UPDATE incident_hours SET detected = detected - 1,
                diagnosed = diagnosed - (old.diagnosis IS NOT NULL),
                acknowledged = acknowledged - (old.acknowledged_at IS NOT NULL),
                resolved = resolved - (old.resolved_at IS NOT NULL),
                acknowledge_ticks = acknowledge_ticks - COALESCE(old.acknowledged_at - old.detected_at, 0),
                resolve_ticks = resolve_ticks - COALESCE(old.resolved_at - old.detected_at, 0),
                responses = responses - (old.diagnosis_ticks IS NOT NULL),
                response_ticks = response_ticks - COALESCE(old.diagnosis_ticks, 0)
            WHERE hour = old.detected_at / 36000000000 AND level = old.level
                AND component IS old.component AND agent IS old.diagnosis_agent;
            DELETE FROM incident_hours WHERE hour = old.detected_at / 36000000000 AND level = old.level
                AND component IS old.component AND agent IS old.diagnosis_agent AND detected = 0;
        END;
        CREATE TRIGGER incident_hours_update
        AFTER UPDATE OF detected_at, level, component, diagnosis, acknowledged_at, resolved_at ON incidents
        WHEN old.detected_at IS NOT new.detected_at OR old.level IS NOT new.level
            OR old.component IS NOT new.component OR old.diagnosis IS NOT new.diagnosis
            OR old.acknowledged_at IS NOT new.acknowledged_at OR old.resolved_at IS NOT new.resolved_at
        BEGIN
            UPDATE incident_hours SET detected = detected - 1,
                diagnosed = diagnosed - (old.diagnosis IS NOT NULL),
                acknowledged = acknowledged - (old.acknowledged_at IS NOT NULL),
                resolved = resolved - (old.resolved_at IS NOT NULL),
                acknowledge_ticks = acknowledge_ticks - COALESCE(old.acknowledged_at - old.detected_at, 0),
                resolve_ticks = resolve_ticks - COALESCE(old.resolved_at - old.detected_at, 0),
                responses = responses - (old.diagnosis_ticks IS NOT NULL),
                response_ticks = response_ticks - COALESCE(old.diagnosis_ticks, 0)
            WHERE hour = old.detected_at / 36000000000 AND level = old.level
                AND component IS old.component AND agent IS old.diagnosis_agent;
            DELETE FROM incident_hours WHERE hour = old.detected_at / 36000000000 AND level = old.level
                AND component IS old.component AND agent IS old.diagnosis_agent AND detected = 0;
            INSERT INTO incident_hours (hour, level, component, agent)
            SELECT new.detected_at / 36000000000, new.level, new.component, new.diagnosis_agent
            WHERE NOT EXISTS (SELECT 1 FROM incident_hours
                WHERE hour = new.detected_at / 36000000000 AND level = new.level
                AND component IS new.component AND agent IS new.diagnosis_agent);
            UPDATE incident_hours SET detected = detected + 1,
                diagnosed = diagnosed + (new.diagnosis IS NOT NULL),
                acknowledged = acknowledged + (new.acknowledged_at IS NOT NULL),
                resolved = resolved + (new.resolved_at IS NOT NULL),
                acknowledge_ticks = acknowledge_ticks + COALESCE(new.acknowledged_at - new.detected_at, 0),
                resolve_ticks = resolve_ticks + COALESCE(new.resolved_at - new.detected_at, 0),
                responses = responses + (new.diagnosis_ticks IS NOT NULL),
                response_ticks = response_ticks + COALESCE(new.diagnosis_ticks, 0)
            WHERE hour = new.detected_at / 36000000000 AND level = new.level
                AND component IS new.component AND agent IS new.diagnosis_agent;
        END;
        INSERT INTO incident_hours (hour, level, component, agent, detected, diagnosed, acknowledged, resolved,
            acknowledge_ticks, resolve_ticks, responses, response_ticks)
        SELECT detected_at / 36000000000 AS h, level, component, diagnosis_agent, COUNT(*),
            TOTAL(diagnosis IS NOT NULL), TOTAL(acknowledged_at IS NOT NULL), TOTAL(resolved_at IS NOT NULL),
            SUM(COALESCE(acknowledged_at - detected_at, 0)), SUM(COALESCE(resolved_at - detected_at, 0)),
            TOTAL(diagnosis_ticks IS NOT NULL), SUM(COALESCE(diagnosis_ticks, 0))
        FROM incidents GROUP BY h, level, component, diagnosis_agent;
        """;

    // Word search replaces substring search (issue 5): looking up a word prefix reads one short list instead of
    // intersecting the lists of every trigram. unicode61 splits at anything but letters and digits, so
    // "checkout-api" holds the words "checkout" and "api"; it folds case and removes diacritics ("café" = "cafe").
    // The prefix indexes answer searches for the first two or three letters of a word without merging many words.
    private const string Version8 = """
        DROP TRIGGER incidents_search_insert;
        DROP TRIGGER incidents_search_delete;
        DROP TRIGGER incidents_search_update;
        DROP TABLE incidents_search;
        CREATE VIRTUAL TABLE incidents_search USING fts5(
            title, message, component, content = 'incidents', content_rowid = 'rowid',
            tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
        CREATE TRIGGER incidents_search_insert AFTER INSERT ON incidents BEGIN
            INSERT INTO incidents_search (rowid, title, message, component)
            VALUES (new.rowid, new.title, new.message, new.component);
        END;
        CREATE TRIGGER incidents_search_delete AFTER DELETE ON incidents BEGIN
            INSERT INTO incidents_search (incidents_search, rowid, title, message, component)
            VALUES ('delete', old.rowid, old.title, old.message, old.component);
        END;
        CREATE TRIGGER incidents_search_update AFTER UPDATE OF title, message, component ON incidents
        WHEN old.title IS NOT new.title OR old.message IS NOT new.message OR old.component IS NOT new.component
        BEGIN
            INSERT INTO incidents_search (incidents_search, rowid, title, message, component)
            VALUES ('delete', old.rowid, old.title, old.message, old.component);
            INSERT INTO incidents_search (rowid, title, message, component)
            VALUES (new.rowid, new.title, new.message, new.component);
        END;
        INSERT INTO incidents_search (incidents_search) VALUES ('rebuild');
        """;

    // Covering indexes for the report figures (issue 5): a period's incident and delivery aggregates read only
    // index entries, never the rows with their messages, labels and diagnoses. The fingerprint index finds the
    // title of each recurring fingerprint; the type index finds the few escalation notifications of a period.
    private const string Version9 = """
        CREATE INDEX ix_incidents_report ON incidents (detected_at, status, level, category, component,
            acknowledged_at, resolved_at, fingerprint, occurrence_count);
        CREATE INDEX ix_incidents_fingerprint ON incidents (fingerprint, detected_at);
        CREATE INDEX ix_deliveries_report ON deliveries (created_at, channel, status, attempt_count);
        CREATE INDEX ix_notifications_type ON notifications (type, created_at);
        """;

    // The outbox poll reads due deliveries channel by channel, so one channel's backlog cannot fill the poll.
    private const string Version10 = """
        CREATE INDEX ix_deliveries_due_channel ON deliveries (channel, priority DESC, due_at) WHERE status = 0;
        """;

    // The reports page counts a period's attempts per channel and outcome: with both in the index it reads
    // only index entries, not every attempt row. The index on started_at alone is a prefix of this one.
    private const string Version11 = """
        CREATE INDEX ix_delivery_attempts_outcomes ON delivery_attempts (started_at, channel, outcome);
        DROP INDEX ix_delivery_attempts_started_at;
        """;

    // The priority an incident was opened with, which every notification about it carries. Incidents stored before
    // take the priority of their first incident.detected notification, else the one their level gives (Info 0 →
    // Low 0, Warning 1 → Medium 1, Error 2 → High 2, Critical 3 → Critical 3). No index or trigger reads the
    // column, so the back-fill only rewrites the rows.
    private const string Version12 = """
        ALTER TABLE incidents ADD COLUMN priority INTEGER NOT NULL DEFAULT 0;
        UPDATE incidents SET priority = COALESCE(
            (SELECT notifications.priority FROM notifications INDEXED BY ix_notifications_incident
                WHERE notifications.incident_id = incidents.id AND notifications.type = 'incident.detected'
                ORDER BY notifications.created_at LIMIT 1),
            CASE level WHEN 3 THEN 3 WHEN 2 THEN 2 WHEN 1 THEN 1 ELSE 0 END);
        """;
}
