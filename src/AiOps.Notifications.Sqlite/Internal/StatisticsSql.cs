using System.Globalization;
using System.Text;
using AiOps.Notifications.Storage;
using Microsoft.Data.Sqlite;

namespace AiOps.Notifications.Sqlite.Internal;

/// <summary>Aggregate statements over a range of <c>detected_at</c>, which the index on it serves.</summary>
/// <remarks>Totals, heat map and agents read hourly counts instead: see <see cref="HourlyStatisticsSql"/>.</remarks>
internal static class StatisticsSql
{
    // StoreJson writes member names as declared today; the snake_case spelling keeps working if that changes.
    public const string AgentName =
        "COALESCE(json_extract(diagnosis, '$.AgentName'), json_extract(diagnosis, '$.agent_name'))";

    public const string OverTime = "SELECT (detected_at - $from) / $interval AS bucket, COUNT(*) FROM incidents";

    public const string OverTimeTail = " GROUP BY bucket ORDER BY bucket;";

    public const string ByCategory = "SELECT COALESCE(category, '') AS key, COUNT(*) AS n FROM incidents";

    public const string ByCategoryTail = " GROUP BY key ORDER BY n DESC, key;";

    public const string Feedback = """
        SELECT agent_name, TOTAL(helpful), TOTAL(1 - helpful) FROM diagnosis_feedback
        WHERE given_at >= $from AND given_at < $to GROUP BY agent_name;
        """;

    public const string ChannelOutcomes = """
        SELECT channel, outcome, COUNT(*) FROM delivery_attempts
        WHERE started_at >= $from AND started_at < $to GROUP BY channel, outcome ORDER BY channel, outcome;
        """;

    public const string Live = """
        SELECT (SELECT COUNT(*) FROM incidents INDEXED BY ix_incidents_open_fingerprint WHERE status <> 3),
            (SELECT COUNT(*) FROM deliveries WHERE status = 0);
        """;

    /// <summary>Prepares a statement: the head, the WHERE clause of the query and the tail, values bound.</summary>
    public static SqliteCommand Prepare(PooledConnection pooled, string head, StatisticsQuery query, string tail)
    {
        ArgumentNullException.ThrowIfNull(query);

        var where = new StringBuilder(" WHERE detected_at >= $from AND detected_at < $to");
        var values = new List<KeyValuePair<string, object>>
        {
            new("$from", SqliteTime.ToDb(query.From)),
            new("$to", SqliteTime.ToDb(query.To)),
        };
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
            where.Append(CultureInfo.InvariantCulture, $" AND {AgentName} = $agent");
            values.Add(new("$agent", agent));
        }

        var command = pooled.Command(head + where + tail);
        values.ForEach(pair => command.Bind(pair.Key, pair.Value));
        return command;
    }

    public static TimeSpan? Ticks(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : TimeSpan.FromTicks((long)reader.GetDouble(ordinal));
}
