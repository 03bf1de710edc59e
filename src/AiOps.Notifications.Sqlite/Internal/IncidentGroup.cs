using AiOps.Notifications.Storage;
using Microsoft.Data.Sqlite;

namespace AiOps.Notifications.Sqlite.Internal;

/// <summary>The incidents of a period sharing status, level, category and component, with their sums.</summary>
internal sealed record IncidentGroup(
    IncidentStatus Status,
    IncidentLevel Level,
    string? Category,
    string? Component,
    int Count,
    int Acknowledged,
    long AcknowledgeTicks,
    int Resolved,
    long ResolveTicks)
{
    /// <summary>Reads one row of <see cref="ReportSql.IncidentGroups"/>.</summary>
    public static IncidentGroup Read(SqliteDataReader reader) => new(
        (IncidentStatus)reader.GetInt32(0),
        (IncidentLevel)reader.GetInt32(1),
        reader.GetNullableString(2),
        reader.GetNullableString(3),
        reader.GetInt32(4),
        reader.GetInt32(5),
        reader.IsDBNull(6) ? 0 : reader.GetInt64(6),
        reader.GetInt32(7),
        reader.IsDBNull(8) ? 0 : reader.GetInt64(8));
}
