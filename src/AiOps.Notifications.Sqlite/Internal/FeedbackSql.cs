using Microsoft.Data.Sqlite;

namespace AiOps.Notifications.Sqlite.Internal;

internal static class FeedbackSql
{
    public const string Columns = "id, incident_id, agent_name, helpful, comment, given_by, given_at";

    public const string Insert = $"""
        INSERT INTO diagnosis_feedback ({Columns})
        VALUES ($id, $incident_id, $agent_name, $helpful, $comment, $given_by, $given_at);
        """;

    public const string ForIncident = $"""
        SELECT {Columns} FROM diagnosis_feedback WHERE incident_id = $incident_id ORDER BY given_at, rowid;
        """;

    public static void Bind(SqliteCommand command, DiagnosisFeedback feedback)
    {
        command.Bind("$id", feedback.Id).Bind("$incident_id", feedback.IncidentId)
            .Bind("$agent_name", feedback.AgentName).Bind("$helpful", feedback.Helpful ? 1 : 0)
            .Bind("$comment", feedback.Comment).Bind("$given_by", feedback.GivenBy)
            .Bind("$given_at", SqliteTime.ToDb(feedback.GivenAt));
    }

    public static DiagnosisFeedback Read(SqliteDataReader reader) => new()
    {
        Id = reader.GetString(0),
        IncidentId = reader.GetString(1),
        AgentName = reader.GetString(2),
        Helpful = reader.GetInt64(3) != 0,
        Comment = reader.GetNullableString(4),
        GivenBy = reader.GetNullableString(5),
        GivenAt = reader.GetTime(6),
    };
}
