using System.Text;
using AiOps.Notifications.Storage;
using Microsoft.Data.Sqlite;

namespace AiOps.Notifications.Sqlite.Internal;

/// <summary>Aggregates a period from the hourly counts, reading incidents only in its partial end hours.</summary>
/// <remarks>
/// The table <c>incident_hours</c> (schema step 7) holds exact sums per hour, level, component and agent. A period
/// is split into its whole hours, read from that table, and at most two partial hours at its ends, read from
/// incidents through the index on <c>detected_at</c>; both give rows of the same shape, so one statement filters
/// and sums them. The result is the same as reading every incident of the period.
/// </remarks>
internal static class HourlyStatisticsSql
{
    public const long TicksPerHour = TimeSpan.TicksPerHour;

    public const string Totals = """
        SELECT TOTAL(detected), TOTAL(diagnosed), TOTAL(acknowledged), TOTAL(resolved),
            CAST(SUM(acknowledge_ticks) AS REAL) / SUM(acknowledged), CAST(SUM(resolve_ticks) AS REAL) / SUM(resolved)
        FROM period
        """;

    // 0001-01-01 was a Monday, so (days + 1) % 7 is .NET's DayOfWeek (Sunday = 0).
    public const string HeatMap = """
        SELECT ((hour / 24) + 1) % 7 AS day, hour % 24 AS hour_of_day, SUM(detected) AS n FROM period
        """;

    public const string HeatMapTail = " GROUP BY day, hour_of_day HAVING n > 0 ORDER BY day, hour_of_day;";

    public const string Agents = """
        SELECT agent, SUM(diagnosed), CAST(SUM(response_ticks) AS REAL) / SUM(responses) FROM period
        """;

    public const string AgentsTail = " AND diagnosed > 0 GROUP BY agent ORDER BY agent;";

    private const string Sums = "detected, diagnosed, acknowledged, resolved, acknowledge_ticks, resolve_ticks, "
        + "responses, response_ticks";

    private const string IncidentSums = "1, diagnosis IS NOT NULL, acknowledged_at IS NOT NULL, "
        + "resolved_at IS NOT NULL, COALESCE(acknowledged_at - detected_at, 0), "
        + "COALESCE(resolved_at - detected_at, 0), diagnosis_ticks IS NOT NULL, COALESCE(diagnosis_ticks, 0)";

    private const string Rows = $"""
        WITH period (hour, level, component, agent, {Sums}) AS (
            SELECT hour, level, component, agent, {Sums} FROM incident_hours
            WHERE hour >= $from_hour AND hour < $to_hour
            UNION ALL
            SELECT detected_at / 36000000000, level, component, diagnosis_agent, {IncidentSums} FROM incidents
            WHERE detected_at >= $from AND detected_at < $head_end
            UNION ALL
            SELECT detected_at / 36000000000, level, component, diagnosis_agent, {IncidentSums} FROM incidents
            WHERE detected_at >= $tail_start AND detected_at < $to)

        """;

    /// <summary>Prepares a statement: the period's rows, the head, the filters and the tail, values bound.</summary>
    public static SqliteCommand Prepare(
        PooledConnection pooled, string head, StatisticsQuery query, string tail)
    {
        ArgumentNullException.ThrowIfNull(pooled);
        ArgumentNullException.ThrowIfNull(query);

        var where = new StringBuilder(" WHERE 1 = 1");
        var values = new List<KeyValuePair<string, object>>();
        if (query.MinLevel is { } level)
        {
            where.Append(" AND level >= $min_level");
            values.Add(new("$min_level", (int)level));
        }

        if (query.Component is { } component)
        {
            where.Append(" AND component = $component");
            values.Add(new("$component", component));
        }

        if (query.Agent is { } agent)
        {
            where.Append(" AND agent = $agent");
            values.Add(new("$agent", agent));
        }

        var command = pooled.Command(Rows + head + where + tail);
        values.ForEach(pair => command.Bind(pair.Key, pair.Value));
        BindPeriod(command, SqliteTime.ToDb(query.From), SqliteTime.ToDb(query.To));
        return command;
    }

    /// <summary>Binds the whole hours of [from, to) and the partial hours before and after them.</summary>
    private static void BindPeriod(SqliteCommand command, long from, long to)
    {
        var fromHour = (from + TicksPerHour - 1) / TicksPerHour;
        var toHour = to / TicksPerHour;
        if (from >= to || fromHour >= toHour)
        {
            // No whole hour inside: read the period from incidents only.
            command.Bind("$from_hour", 0L).Bind("$to_hour", 0L)
                .Bind("$from", from).Bind("$head_end", to).Bind("$tail_start", to).Bind("$to", to);
            return;
        }

        command.Bind("$from_hour", fromHour).Bind("$to_hour", toHour)
            .Bind("$from", from).Bind("$head_end", fromHour * TicksPerHour)
            .Bind("$tail_start", toHour * TicksPerHour).Bind("$to", to);
    }
}
