namespace AiOps.Notifications.Storage.Conformance;

/// <content>Aggregates over periods that start and end inside an hour, and after incidents change.</content>
public abstract partial class NotificationStoreConformanceTests
{
    // 10:20 to 13:40: a partial hour, two whole hours and a partial hour.
    private static StatisticsQuery Unaligned => new()
    {
        From = S0.AddHours(10).AddMinutes(20),
        To = S0.AddHours(13).AddMinutes(40),
    };

    [Fact]
    public async Task GetIncidentTotalsAsync_PeriodInsideHours_CountsExactlyTheIncidentsInIt()
    {
        var sut = await CreateSutAsync();
        await SaveAllAsync(sut, PeriodIncidents());

        var totals = await sut.GetIncidentTotalsAsync(Unaligned, Ct);

        Assert.Equal(
            new IncidentTotals(4, 2, 1, 2, TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(35)), totals);
    }

    [Fact]
    public async Task GetIncidentHeatMapAsync_PeriodInsideHours_CountsExactlyTheIncidentsInIt()
    {
        var sut = await CreateSutAsync();
        await SaveAllAsync(sut, PeriodIncidents());

        var cells = await sut.GetIncidentHeatMapAsync(Unaligned, Ct);

        Assert.Equal(
            [
                new HeatMapCell(DayOfWeek.Friday, 10, 1),
                new HeatMapCell(DayOfWeek.Friday, 11, 1),
                new HeatMapCell(DayOfWeek.Friday, 12, 1),
                new HeatMapCell(DayOfWeek.Friday, 13, 1),
            ],
            cells);
    }

    [Fact]
    public async Task GetAgentStatisticsAsync_PeriodInsideHoursWithFilters_CountsExactlyTheMatchingDiagnoses()
    {
        var sut = await CreateSutAsync();
        await SaveAllAsync(sut, PeriodIncidents());

        var all = await sut.GetAgentStatisticsAsync(Unaligned, Ct);
        var filtered = await sut.GetAgentStatisticsAsync(
            Unaligned with { MinLevel = IncidentLevel.Critical, Component = "db", Agent = "alpha" }, Ct);

        Assert.Equal(
            [new AgentStatistics("alpha", 1, TimeSpan.FromMinutes(2), 0, 0),
                new AgentStatistics("beta", 1, TimeSpan.FromMinutes(4), 0, 0)],
            all);
        Assert.Equal([new AgentStatistics("alpha", 1, TimeSpan.FromMinutes(2), 0, 0)], filtered);
    }

    [Fact]
    public async Task GetIncidentTotalsAsync_IncidentChangedAfterwards_CountsItsNewState()
    {
        var sut = await CreateSutAsync();
        var incidents = PeriodIncidents();
        await SaveAllAsync(sut, incidents);
        var moved = incidents[2] with { DetectedAt = S0.AddHours(20), LastSeenAt = S0.AddHours(20) };
        var resolved = incidents[3] with
        {
            ResolvedAt = incidents[3].DetectedAt.AddMinutes(20), Level = IncidentLevel.Info,
        };

        await SaveAllAsync(sut, moved, resolved);
        var totals = await sut.GetIncidentTotalsAsync(Unaligned, Ct);
        var critical = await sut.GetIncidentTotalsAsync(Unaligned with { MinLevel = IncidentLevel.Error }, Ct);

        Assert.Equal(
            new IncidentTotals(3, 2, 0, 3, null, TimeSpan.FromMinutes(30)), totals);
        Assert.Equal(2, critical.Detected);
    }

    private static Incident[] PeriodIncidents() =>
    [
        StoreTestData.Incident("before", S0.AddHours(10).AddMinutes(19)),
        StoreTestData.Incident("head", S0.AddHours(10).AddMinutes(20), level: IncidentLevel.Critical, component: "db")
            with
            {
                Diagnosis = StoreTestData.FullDiagnosis() with
                {
                    AgentName = "alpha", ProducedAt = S0.AddHours(10).AddMinutes(22),
                },
                ResolvedAt = S0.AddHours(11).AddMinutes(20),
            },
        StoreTestData.Incident("whole1", S0.AddHours(11).AddMinutes(5)) with
        {
            AcknowledgedAt = S0.AddHours(11).AddMinutes(15),
        },
        StoreTestData.Incident("whole2", S0.AddHours(12).AddMinutes(30), component: "db") with
        {
            Diagnosis = StoreTestData.FullDiagnosis() with
            {
                AgentName = "beta", ProducedAt = S0.AddHours(12).AddMinutes(34),
            },
        },
        StoreTestData.Incident("tail", S0.AddHours(13).AddMinutes(39), status: IncidentStatus.Resolved) with
        {
            ResolvedAt = S0.AddHours(13).AddMinutes(49),
        },
        StoreTestData.Incident("after", S0.AddHours(13).AddMinutes(40)),
    ];
}
