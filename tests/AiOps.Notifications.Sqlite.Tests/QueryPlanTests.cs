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
        DeliverySql.Due,
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

    private static IncidentQuery CreateQuery(string filters) => new()
    {
        Status = filters.Contains("status", StringComparison.Ordinal) ? IncidentStatus.New : null,
        Component = filters.Contains("component", StringComparison.Ordinal) ? "api" : null,
        DetectedFrom = filters.Contains("from", StringComparison.Ordinal) ? DateTimeOffset.UnixEpoch : null,
        MinLevel = filters.Contains("level", StringComparison.Ordinal) ? IncidentLevel.Error : null,
    };

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
