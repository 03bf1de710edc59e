using AiOps.Notifications.Escalation;
using Microsoft.Data.Sqlite;

namespace AiOps.Notifications.Sqlite.Internal;

internal static class EscalationSql
{
    public const string Columns = "incident_id, policy, next_step, round, due_at, reason, notified";

    public const string Upsert = $"""
        INSERT OR REPLACE INTO escalations ({Columns})
        VALUES ($incident_id, $policy, $next_step, $round, $due_at, $reason, $notified);
        """;

    public const string Find = $"SELECT {Columns} FROM escalations WHERE incident_id = $incident_id;";

    public const string Delete = "DELETE FROM escalations WHERE incident_id = $incident_id;";

    public const string Due = $"""
        SELECT {Columns} FROM escalations WHERE due_at <= $due_by ORDER BY due_at LIMIT $limit;
        """;

    public static void Bind(SqliteCommand command, EscalationState escalation)
    {
        command.Bind("$incident_id", escalation.IncidentId).Bind("$policy", escalation.Policy)
            .Bind("$next_step", escalation.NextStep).Bind("$round", escalation.Round)
            .Bind("$due_at", SqliteTime.ToDb(escalation.DueAt)).Bind("$reason", escalation.Reason)
            .Bind("$notified", StoreJson.WriteList(escalation.Notified));
    }

    public static EscalationState Read(SqliteDataReader reader) => new()
    {
        IncidentId = reader.GetString(0),
        Policy = reader.GetString(1),
        NextStep = reader.GetInt32(2),
        Round = reader.GetInt32(3),
        DueAt = reader.GetTime(4),
        Reason = reader.GetNullableString(5),
        Notified = StoreJson.ReadList(reader.GetString(6)),
    };
}
