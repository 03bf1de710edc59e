using AiOps.Notifications.Reports;
using Microsoft.Data.Sqlite;

namespace AiOps.Notifications.Sqlite.Internal;

/// <summary>Runs the report aggregates and turns their rows into figures.</summary>
internal static class ReportReaders
{
    public static SqliteCommand InPeriod(SqliteCommand command, ReportPeriod period) =>
        command.Bind("$from", SqliteTime.ToDb(period.From)).Bind("$to", SqliteTime.ToDb(period.To));

    public static IncidentFigures IncidentFigures(PooledConnection pooled, ReportPeriod period)
    {
        using var reader = InPeriod(pooled.Command(ReportSql.IncidentTotals), period).ExecuteReader();
        reader.Read();
        var figures = new IncidentFigures
        {
            Total = reader.GetInt32(0),
            Acknowledged = reader.GetInt32(1),
            MeanTimeToAcknowledge = Ticks(reader, 2),
            Resolved = reader.GetInt32(3),
            MeanTimeToResolve = Ticks(reader, 4),
        };
        reader.Close();

        return figures with
        {
            ByStatus = Counts(pooled, ReportSql.ByStatus, period, r => ((IncidentStatus)r.GetInt32(0)).ToString()),
            ByLevel = Counts(pooled, ReportSql.ByLevel, period, r => ((IncidentLevel)r.GetInt32(0)).ToString()),
            ByCategory = Counts(pooled, ReportSql.ByCategory, period, r => r.GetNullableString(0)),
            ByComponent = Counts(pooled, ReportSql.ByComponent, period, r => r.GetNullableString(0)),
        };
    }

    public static ChannelFigures Channel(SqliteDataReader reader) => new()
    {
        Channel = reader.GetString(0),
        Deliveries = reader.GetInt32(1),
        Delivered = reader.GetInt32(2),
        Failed = reader.GetInt32(3),
        Retried = reader.GetInt32(4),
        Escalated = reader.GetInt32(5),
        Silenced = reader.GetInt32(6),
        Pending = reader.GetInt32(7),
    };

    public static IReadOnlyList<AgentFigures> Agents(PooledConnection pooled, ReportPeriod period)
    {
        var diagnoses = InPeriod(pooled.Command(ReportSql.AgentDiagnoses), period)
            .ReadAll(r => (Name: r.GetNullableString(0) ?? KeyCount.None, Count: r.GetInt32(1), Mean: Ticks(r, 2)))
            .ToDictionary(row => row.Name, row => (row.Count, row.Mean), StringComparer.Ordinal);
        var feedback = InPeriod(pooled.Command(ReportSql.AgentFeedback), period)
            .ReadAll(r => (Name: r.GetString(0), Count: r.GetInt32(1), Helpful: r.GetInt32(2)))
            .ToDictionary(row => row.Name, row => (row.Count, row.Helpful), StringComparer.Ordinal);

        return [.. diagnoses.Keys.Union(feedback.Keys, StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .Select(name => new AgentFigures
            {
                AgentName = name,
                Diagnoses = diagnoses.GetValueOrDefault(name).Count,
                MeanResponseTime = diagnoses.GetValueOrDefault(name).Mean,
                Feedback = feedback.GetValueOrDefault(name).Count,
                Helpful = feedback.GetValueOrDefault(name).Helpful,
            })];
    }

    private static IReadOnlyList<KeyCount> Counts(
        PooledConnection pooled, string sql, ReportPeriod period, Func<SqliteDataReader, string?> key) =>
        [.. InPeriod(pooled.Command(sql), period)
            .ReadAll(r => new KeyCount(key(r) ?? KeyCount.None, r.GetInt32(1)))
            .OrderByDescending(c => c.Count)
            .ThenBy(c => c.Key, StringComparer.Ordinal)];

    private static TimeSpan? Ticks(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : TimeSpan.FromTicks((long)Math.Round(reader.GetDouble(ordinal)));
}
