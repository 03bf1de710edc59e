using AiOps.Notifications.Sqlite.Internal;
using AiOps.Notifications.Storage;

namespace AiOps.Notifications.Sqlite;

/// <content>Aggregates for the dashboard and reports, computed in SQL over indexed ranges.</content>
public sealed partial class SqliteNotificationStore
{
    /// <inheritdoc />
    public Task<IncidentTotals> GetIncidentTotalsAsync(
        StatisticsQuery query, CancellationToken cancellationToken = default) =>
        ReadAsync(
            pooled => HourlyStatisticsSql.Prepare(pooled, HourlyStatisticsSql.Totals, query, ";")
                .ReadAll(reader => new IncidentTotals(
                    (int)reader.GetDouble(0),
                    (int)reader.GetDouble(1),
                    (int)reader.GetDouble(2),
                    (int)reader.GetDouble(3),
                    StatisticsSql.Ticks(reader, 4),
                    StatisticsSql.Ticks(reader, 5)))[0],
            cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<TimeBucketCount>> GetIncidentCountsOverTimeAsync(
        StatisticsQuery query, TimeSpan interval, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(interval, TimeSpan.Zero);

        return ReadAsync<IReadOnlyList<TimeBucketCount>>(
            pooled => StatisticsSql.Prepare(pooled, StatisticsSql.OverTime, query, StatisticsSql.OverTimeTail)
                .Bind("$interval", interval.Ticks)
                .ReadAll(reader => new TimeBucketCount(
                    query.From + (interval * reader.GetInt64(0)), reader.GetInt32(1))),
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<KeyCount>> GetIncidentCountsByCategoryAsync(
        StatisticsQuery query, CancellationToken cancellationToken = default) =>
        ReadAsync<IReadOnlyList<KeyCount>>(
            pooled => StatisticsSql.Prepare(pooled, StatisticsSql.ByCategory, query, StatisticsSql.ByCategoryTail)
                .ReadAll(reader => new KeyCount(reader.GetString(0), reader.GetInt32(1))),
            cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<HeatMapCell>> GetIncidentHeatMapAsync(
        StatisticsQuery query, CancellationToken cancellationToken = default) =>
        ReadAsync<IReadOnlyList<HeatMapCell>>(
            pooled => HourlyStatisticsSql
                .Prepare(pooled, HourlyStatisticsSql.HeatMap, query, HourlyStatisticsSql.HeatMapTail)
                .ReadAll(reader => new HeatMapCell(
                    (DayOfWeek)reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2))),
            cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<AgentStatistics>> GetAgentStatisticsAsync(
        StatisticsQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);

        return ReadAsync<IReadOnlyList<AgentStatistics>>(
            pooled =>
            {
                var diagnoses = HourlyStatisticsSql.Prepare(
                        pooled, HourlyStatisticsSql.Agents, query, HourlyStatisticsSql.AgentsTail)
                    .ReadAll(reader => (Agent: reader.GetString(0), Count: reader.GetInt32(1),
                        Mean: StatisticsSql.Ticks(reader, 2)))
                    .ToDictionary(row => row.Agent, StringComparer.Ordinal);
                var feedback = pooled.Command(StatisticsSql.Feedback)
                    .Bind("$from", SqliteTime.ToDb(query.From)).Bind("$to", SqliteTime.ToDb(query.To))
                    .ReadAll(reader => (Agent: reader.GetString(0), Helpful: (int)reader.GetDouble(1),
                        NotHelpful: (int)reader.GetDouble(2)))
                    .ToDictionary(row => row.Agent, StringComparer.Ordinal);
                return MergeAgents(query, diagnoses, feedback);
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<ChannelOutcomeCount>> GetChannelOutcomeCountsAsync(
        DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default) =>
        ReadAsync<IReadOnlyList<ChannelOutcomeCount>>(
            pooled => pooled.Command(StatisticsSql.ChannelOutcomes)
                .Bind("$from", SqliteTime.ToDb(from)).Bind("$to", SqliteTime.ToDb(to))
                .ReadAll(reader => new ChannelOutcomeCount(
                    reader.GetString(0), (AttemptOutcome)reader.GetInt32(1), reader.GetInt32(2))),
            cancellationToken);

    /// <inheritdoc />
    public Task<LiveCounts> GetLiveCountsAsync(CancellationToken cancellationToken = default) =>
        ReadAsync(
            pooled => pooled.Command(StatisticsSql.Live)
                .ReadAll(reader => new LiveCounts(reader.GetInt32(0), reader.GetInt32(1)))[0],
            cancellationToken);

    /// <inheritdoc />
    public Task<PagedResult<Delivery>> QueryDeliveriesAsync(
        DeliveryQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);

        var sql = new DeliveryQuerySql(query);
        return ReadAsync(
            pooled =>
            {
                var count = pooled.Command(sql.CountSql);
                sql.BindFilters(count);
                var total = Convert.ToInt32(count.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);

                var page = pooled.Command(sql.PageSql).Bind("$take", query.Take).Bind("$skip", query.Skip);
                sql.BindFilters(page);
                return new PagedResult<Delivery>(page.ReadAll(DeliverySql.Read), total);
            },
            cancellationToken);
    }

    private static List<AgentStatistics> MergeAgents(
        StatisticsQuery query,
        Dictionary<string, (string Agent, int Count, TimeSpan? Mean)> diagnoses,
        Dictionary<string, (string Agent, int Helpful, int NotHelpful)> feedback) =>
        [.. diagnoses.Keys.Union(feedback.Keys, StringComparer.Ordinal)
            .Where(agent => query.Agent is null || agent == query.Agent)
            .Order(StringComparer.Ordinal)
            .Select(agent =>
            {
                diagnoses.TryGetValue(agent, out var d);
                feedback.TryGetValue(agent, out var f);
                return new AgentStatistics(agent, d.Count, d.Mean, f.Helpful, f.NotHelpful);
            })];
}
