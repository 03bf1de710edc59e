using AiOps.Notifications.Storage;
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
        var groups = InPeriod(pooled.Command(ReportSql.IncidentGroups), period).ReadAll(IncidentGroup.Read);
        var acknowledged = groups.Sum(g => g.Acknowledged);
        var resolved = groups.Sum(g => g.Resolved);

        return new IncidentFigures
        {
            Total = groups.Sum(g => g.Count),
            Acknowledged = acknowledged,
            MeanTimeToAcknowledge = Mean(groups.Sum(g => g.AcknowledgeTicks), acknowledged),
            Resolved = resolved,
            MeanTimeToResolve = Mean(groups.Sum(g => g.ResolveTicks), resolved),
            ByStatus = Counts(groups, g => g.Status.ToString()),
            ByLevel = Counts(groups, g => g.Level.ToString()),
            ByCategory = Counts(groups, g => g.Category),
            ByComponent = Counts(groups, g => g.Component),
        };
    }

    public static IReadOnlyList<ChannelFigures> Channels(PooledConnection pooled, ReportPeriod period)
    {
        var escalated = InPeriod(pooled.Command(ReportSql.EscalatedDeliveries), period)
            .ReadAll(r => (Channel: r.GetString(0), Count: r.GetInt32(1)))
            .ToDictionary(row => row.Channel, row => row.Count, StringComparer.Ordinal);

        return InPeriod(pooled.Command(ReportSql.Channels), period).ReadAll(r => new ChannelFigures
        {
            Channel = r.GetString(0),
            Deliveries = r.GetInt32(1),
            Delivered = r.GetInt32(2),
            Failed = r.GetInt32(3),
            Retried = r.GetInt32(4),
            Escalated = escalated.GetValueOrDefault(r.GetString(0)),
            Silenced = r.GetInt32(5),
            Pending = r.GetInt32(6),
        });
    }

    public static IReadOnlyList<AgentFigures> Agents(PooledConnection pooled, ReportPeriod period)
    {
        // The hourly counts hold each agent's diagnoses and response times; incidents are read in partial hours only.
        var query = new StatisticsQuery { From = period.From, To = period.To };
        var diagnoses = HourlyStatisticsSql
            .Prepare(pooled, HourlyStatisticsSql.Agents, query, HourlyStatisticsSql.AgentsTail)
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
        IReadOnlyList<IncidentGroup> groups, Func<IncidentGroup, string?> key) =>
        [.. groups.GroupBy(g => key(g) ?? KeyCount.None, StringComparer.Ordinal)
            .Select(same => new KeyCount(same.Key, same.Sum(g => g.Count)))
            .OrderByDescending(c => c.Count)
            .ThenBy(c => c.Key, StringComparer.Ordinal)];

    private static TimeSpan? Mean(long ticks, int count) =>
        count == 0 ? null : TimeSpan.FromTicks((long)Math.Round((double)ticks / count));

    private static TimeSpan? Ticks(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : TimeSpan.FromTicks((long)Math.Round(reader.GetDouble(ordinal)));
}
