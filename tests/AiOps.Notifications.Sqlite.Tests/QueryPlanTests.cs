using AiOps.Notifications.Sqlite.Internal;
using AiOps.Notifications.Storage;
using Microsoft.Data.Sqlite;

namespace AiOps.Notifications.Sqlite.Tests;

/// <summary>The store's queries are answered from indexes: no table scan, no sort in a temporary tree.</summary>
public sealed class QueryPlanTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public static TheoryData<string> Statements =>
    [
        IncidentSql.FindById,
        IncidentSql.FindOpen,
        NotificationSql.ForIncident,
        DeliverySql.ForNotification,
        DeliverySql.ForIncident,
        DeliverySql.PendingChannels,
        DeliverySql.DueForChannel,
        AttemptSql.ForIncident,
    ];

    public static TheoryData<string> IncidentQueries =>
        ["none", "status", "component", "from", "level", "level+from", "component+level", "status+from+level"];

    public void Dispose() => _folder.Dispose();

    [Theory]
    [MemberData(nameof(Statements))]
    public async Task Statement_OnSchema_UsesAnIndex(string sql)
    {
        using var connection = await OpenMigratedAsync();

        var plan = ExplainQueryPlan(connection, sql, command => BindAllNull(command, sql));

        AssertUsesIndexes(plan);
    }

    [Theory]
    [MemberData(nameof(IncidentQueries))]
    public async Task QueryIncidents_FilterWithoutSearch_UsesAnIndexForCountAndPage(string filters)
    {
        var query = CreateQuery(filters);
        var sql = new IncidentQuerySql(query);
        using var connection = await OpenMigratedAsync();

        var countPlan = ExplainQueryPlan(connection, sql.CountSql, sql.BindFilters);
        var pagePlan = ExplainQueryPlan(connection, sql.PageSql, command =>
        {
            sql.BindFilters(command);
            command.Bind("$take", 50).Bind("$skip", 0);
        });

        AssertUsesIndexes(countPlan);
        AssertUsesIndexes(pagePlan);
    }

    [Fact]
    public async Task FindOpen_OnSchema_UsesThePartialOpenIndex()
    {
        using var connection = await OpenMigratedAsync();

        var plan = ExplainQueryPlan(connection, IncidentSql.FindOpen, c => c.Bind("$fingerprint", "fp"));

        Assert.Contains(plan, line => line.Contains("ix_incidents_open_fingerprint", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("search")]
    [InlineData("search+status")]
    [InlineData("search+status+component+level+from")]
    public async Task QueryIncidents_Search_StartsFromTheFullTextIndexWithoutScanningIncidents(string filters)
    {
        var sql = new IncidentQuerySql(CreateQuery(filters) with { Search = "checkout" });
        using var connection = await OpenMigratedAsync();

        var countPlan = ExplainQueryPlan(connection, sql.CountSql, sql.BindFilters);
        var pagePlan = ExplainQueryPlan(connection, sql.PageSql, command =>
        {
            sql.BindFilters(command);
            command.Bind("$take", 50).Bind("$skip", 0);
        });

        Assert.True(sql.CountsInPage);
        AssertStartsFromSearchIndex(countPlan);
        AssertStartsFromSearchIndex(pagePlan);
    }

    [Theory]
    [InlineData("totals", false)]
    [InlineData("totals", true)]
    [InlineData("heat", false)]
    [InlineData("heat", true)]
    [InlineData("agents", false)]
    [InlineData("agents", true)]
    public async Task Statistics_Period_ReadHourlyCountsAndOnlyTheEndsOfThePeriodFromIncidents(
        string statement, bool filtered)
    {
        var query = new StatisticsQuery
        {
            From = DateTimeOffset.UnixEpoch.AddMinutes(10),
            To = DateTimeOffset.UnixEpoch.AddDays(7),
            MinLevel = filtered ? IncidentLevel.Error : null,
            Component = filtered ? "api" : null,
            Agent = filtered ? "rules" : null,
        };
        var (head, tail) = statement switch
        {
            "totals" => (HourlyStatisticsSql.Totals, ";"),
            "heat" => (HourlyStatisticsSql.HeatMap, HourlyStatisticsSql.HeatMapTail),
            _ => (HourlyStatisticsSql.Agents, HourlyStatisticsSql.AgentsTail),
        };
        using var connection = new PooledConnection(await OpenMigratedAsync());

        var command = HourlyStatisticsSql.Prepare(connection, head, query, tail);
        var plan = ExplainQueryPlan(connection.Connection, command.CommandText, explain =>
        {
            foreach (SqliteParameter parameter in command.Parameters)
            {
                explain.Bind(parameter.ParameterName, parameter.Value);
            }
        });

        Assert.Contains(plan, line => line.Contains("COVERING INDEX ix_incident_hours (hour>? AND hour<?)",
            StringComparison.Ordinal));
        Assert.Equal(2, plan.Count(line => line.StartsWith("SEARCH incidents USING", StringComparison.Ordinal)
            && line.EndsWith("detected_at>? AND detected_at<?)", StringComparison.Ordinal)));
        Assert.DoesNotContain(plan, line => line.StartsWith("SCAN incident", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ChannelOutcomes_Period_ReadsIndexEntriesNotRows()
    {
        using var connection = await OpenMigratedAsync();

        var plan = ExplainQueryPlan(connection, StatisticsSql.ChannelOutcomes, command =>
            command.Bind("$from", 0L).Bind("$to", 1L));

        Assert.Contains(plan, line => line.Contains("COVERING INDEX ix_delivery_attempts_outcomes", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(nameof(ReportSql.IncidentGroups), "COVERING INDEX ix_incidents_report")]
    [InlineData(nameof(ReportSql.TopFingerprints), "COVERING INDEX ix_incidents_report")]
    [InlineData(nameof(ReportSql.Channels), "COVERING INDEX ix_deliveries_report")]
    [InlineData(nameof(ReportSql.EscalatedDeliveries), "ix_notifications_type")]
    public async Task Report_Period_ReadsIndexEntriesNotRows(string statement, string index)
    {
        var sql = (string)typeof(ReportSql).GetField(statement)!.GetValue(null)!;
        using var connection = await OpenMigratedAsync();

        var plan = ExplainQueryPlan(connection, sql, command =>
            command.Bind("$from", 0L).Bind("$to", 1L).Bind("$limit", 10));

        Assert.Contains(plan, line => line.Contains(index, StringComparison.Ordinal));
        Assert.DoesNotContain(plan, line => line.StartsWith("SCAN", StringComparison.Ordinal)
            && !line.StartsWith("SCAN top", StringComparison.Ordinal));
    }

    [Fact]
    public async Task LiveCounts_OnSchema_CountsOpenIncidentsFromThePartialIndex()
    {
        using var connection = await OpenMigratedAsync();

        var plan = ExplainQueryPlan(connection, StatisticsSql.Live, _ => { });

        Assert.Contains(plan, line => line.Contains("ix_incidents_open_fingerprint", StringComparison.Ordinal));
        Assert.Contains(plan, line => line.Contains("ix_deliveries_due", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Unattempted_OnSchema_ReadsOnlyPendingRowsFromThePartialIndex()
    {
        using var connection = await OpenMigratedAsync();

        var plan = ExplainQueryPlan(connection, DeliverySql.Unattempted, command =>
            command.Bind("$type", NotificationTypes.IncidentDetected).Bind("$limit", 10));

        Assert.Contains("SCAN d USING INDEX ix_deliveries_due", plan);
        Assert.Contains(plan, line => line.StartsWith("SEARCH n ", StringComparison.Ordinal)
            && line.Contains("USING INDEX sqlite_autoindex_notifications", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, line => line.StartsWith("SCAN", StringComparison.Ordinal)
            && !line.Contains("ix_deliveries_due", StringComparison.Ordinal));
    }

    private static IncidentQuery CreateQuery(string filters) => new()
    {
        Status = filters.Contains("status", StringComparison.Ordinal) ? IncidentStatus.New : null,
        Component = filters.Contains("component", StringComparison.Ordinal) ? "api" : null,
        DetectedFrom = filters.Contains("from", StringComparison.Ordinal) ? DateTimeOffset.UnixEpoch : null,
        MinLevel = filters.Contains("level", StringComparison.Ordinal) ? IncidentLevel.Error : null,
    };

    private static void AssertStartsFromSearchIndex(List<string> plan)
    {
        Assert.Contains(
            plan, line => line.StartsWith("SCAN incidents_search VIRTUAL TABLE", StringComparison.Ordinal));
        Assert.DoesNotContain(
            plan, line => line == "SCAN incidents" || line.StartsWith("SCAN incidents ", StringComparison.Ordinal));
        Assert.All(
            plan.Where(line => line.StartsWith("SEARCH incidents", StringComparison.Ordinal)),
            line => Assert.Contains("INTEGER PRIMARY KEY (rowid=?)", line, StringComparison.Ordinal));
    }

    private static void AssertUsesIndexes(List<string> plan)
    {
        Assert.NotEmpty(plan);
        Assert.All(plan, line =>
        {
            Assert.DoesNotContain("TEMP B-TREE", line, StringComparison.Ordinal);
            if (line.StartsWith("SCAN", StringComparison.Ordinal)
                || line.StartsWith("SEARCH", StringComparison.Ordinal))
            {
                Assert.Contains("USING", line, StringComparison.Ordinal);
            }
        });
    }

    private async Task<SqliteConnection> OpenMigratedAsync()
    {
        using (var store = _folder.CreateStore())
        {
            await store.InitializeAsync(TestContext.Current.CancellationToken);
        }

        return _folder.OpenConnection();
    }

    private static List<string> ExplainQueryPlan(SqliteConnection connection, string sql, Action<SqliteCommand> bind)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        bind(command);
        using var reader = command.ExecuteReader();
        var lines = new List<string>();
        while (reader.Read())
        {
            lines.Add(reader.GetString(3));
        }

        return lines;
    }

    private static void BindAllNull(SqliteCommand command, string sql)
    {
        foreach (var name in sql.Split([' ', ',', ';', '(', ')', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries)
            .Where(token => token.StartsWith('$'))
            .Distinct(StringComparer.Ordinal))
        {
            command.Bind(name, name == "$limit" ? 10 : "x");
        }
    }
}
