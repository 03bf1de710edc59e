using AiOps.Notifications.Storage;
using AiOps.Notifications.Storage.Conformance;
using Microsoft.Data.Sqlite;

namespace AiOps.Notifications.Sqlite.Tests;

/// <summary>The full-text index and the hourly counts stay in step with incidents, also when migrated.</summary>
public sealed class IncidentSearchAndHoursTests : IDisposable
{
    private const string Hours = """
        SELECT hour, level, component, agent, detected, diagnosed, acknowledged, resolved, acknowledge_ticks,
            resolve_ticks, responses, response_ticks
        FROM incident_hours ORDER BY hour, level, component, agent;
        """;

    private const string Recount = """
        SELECT detected_at / 36000000000 AS h, level, component, diagnosis_agent AS a, COUNT(*),
            TOTAL(diagnosis IS NOT NULL), TOTAL(acknowledged_at IS NOT NULL), TOTAL(resolved_at IS NOT NULL),
            SUM(COALESCE(acknowledged_at - detected_at, 0)), SUM(COALESCE(resolved_at - detected_at, 0)),
            TOTAL(diagnosis_ticks IS NOT NULL), SUM(COALESCE(diagnosis_ticks, 0))
        FROM incidents GROUP BY h, level, component, a ORDER BY h, level, component, a;
        """;

    private static readonly DateTimeOffset T0 = new(2025, 3, 14, 10, 20, 0, TimeSpan.Zero);

    private readonly TempFolder _folder = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task InitializeAsync_Version5DatabaseWithIncidents_FillsSearchIndexAndHourlyCounts()
    {
        OlderSchema.Create(_folder, 5, Incidents());
        using var sut = _folder.CreateStore();

        await sut.InitializeAsync(Ct);

        var found = await sut.QueryIncidentsAsync(new IncidentQuery { Search = "checkout" }, Ct);
        var totals = await sut.GetIncidentTotalsAsync(new StatisticsQuery { From = T0, To = T0.AddHours(5) }, Ct);
        Assert.Equal(["c", "a"], found.Items.Select(i => i.Id));
        Assert.Equal(3, totals.Detected);
        Assert.Equal(1, totals.Diagnosed);
        AssertIndexesInStep();
    }

    [Fact]
    public async Task InitializeAsync_Version7DatabaseWithTrigramIndex_ReplacesItWithTheWordIndex()
    {
        OlderSchema.Create(_folder, 7, Incidents());
        using var sut = _folder.CreateStore();

        await sut.InitializeAsync(Ct);

        var found = await sut.QueryIncidentsAsync(new IncidentQuery { Search = "check" }, Ct);
        var inside = await sut.QueryIncidentsAsync(new IncidentQuery { Search = "heckout" }, Ct);
        Assert.Equal(["c", "a"], found.Items.Select(i => i.Id));
        Assert.Equal(0, inside.Total);
        AssertIndexesInStep();
        using var connection = _folder.OpenConnection();
        Assert.Contains("unicode61", (string)Rows(connection,
            "SELECT sql FROM sqlite_master WHERE name = 'incidents_search';")[0][0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task SaveIncidentAsync_InsertUpdateAndDelete_KeepHourlyCountsAndSearchIndexExact()
    {
        using var sut = _folder.CreateStore();
        await sut.InitializeAsync(Ct);
        var incidents = Incidents();

        foreach (var incident in incidents)
        {
            await sut.SaveIncidentAsync(incident, Ct);
        }

        await sut.SaveIncidentAsync(incidents[0] with { Level = IncidentLevel.Info, Title = "renamed" }, Ct);
        await sut.SaveIncidentAsync(incidents[1] with { DetectedAt = T0.AddHours(9), Diagnosis = null }, Ct);
        await sut.SaveIncidentAsync(incidents[2] with { OccurrenceCount = 9, LastSeenAt = T0.AddHours(3) }, Ct);
        using (var connection = _folder.OpenConnection())
        {
            Execute(connection, "DELETE FROM incidents WHERE id = 'c';");
        }

        var renamed = await sut.QueryIncidentsAsync(new IncidentQuery { Search = "renamed" }, Ct);
        var gone = await sut.QueryIncidentsAsync(new IncidentQuery { Search = "checkout" }, Ct);
        Assert.Equal(["a"], renamed.Items.Select(i => i.Id));
        Assert.Equal(0, gone.Total);
        AssertIndexesInStep();
    }

    private static Incident[] Incidents() =>
    [
        StoreTestData.Incident("a", T0.AddMinutes(5), title: "Checkout API down") with
        {
            AcknowledgedAt = T0.AddMinutes(7), ResolvedAt = T0.AddHours(1),
        },
        StoreTestData.Incident("b", T0.AddHours(1), component: "db", title: "Disk full") with
        {
            Diagnosis = StoreTestData.FullDiagnosis() with { AgentName = "rules", ProducedAt = T0.AddHours(1.1) },
        },
        StoreTestData.Incident("c", T0.AddHours(2), component: "checkout-api", title: "Latency high"),
    ];

    private void AssertIndexesInStep()
    {
        using var connection = _folder.OpenConnection();
        Assert.Equal(Rows(connection, Recount), Rows(connection, Hours));
        Assert.DoesNotContain(Rows(connection, Hours), row => row[4] is 0L);

        // FTS5 compares its index with the content table and fails on any difference.
        Execute(connection, "INSERT INTO incidents_search (incidents_search, rank) VALUES ('integrity-check', 1);");
    }

    private static List<object[]> Rows(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object[]>();
        while (reader.Read())
        {
            var row = new object[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                // Sums read as whole numbers whether SQLite stored them as integer or real.
                row[i] = reader.IsDBNull(i) ? "null" : reader.GetValue(i) is double d ? (long)d : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
