namespace AiOps.Notifications.Storage.Conformance;

/// <content>Aggregates for the dashboard: totals, time series, categories, heat map, agents, channels.</content>
public abstract partial class NotificationStoreConformanceTests
{
    private static readonly DateTimeOffset S0 = new(2025, 3, 14, 0, 0, 0, TimeSpan.Zero);

    private static StatisticsQuery Day => new() { From = S0, To = S0.AddDays(1) };

    [Fact]
    public async Task GetIncidentTotalsAsync_Period_CountsOnlyIncidentsDetectedInIt()
    {
        var sut = await CreateSutAsync();
        await SaveAllAsync(
            sut,
            StoreTestData.Incident("a", S0.AddHours(1)) with { ResolvedAt = S0.AddHours(3) },
            StoreTestData.Incident("b", S0.AddHours(2)) with { AcknowledgedAt = S0.AddHours(2.5) },
            StoreTestData.Incident("c", S0.AddHours(4)) with
            {
                Diagnosis = StoreTestData.FullDiagnosis(), ResolvedAt = S0.AddHours(8),
            },
            StoreTestData.Incident("before", S0.AddHours(-1)),
            StoreTestData.Incident("after", S0.AddDays(1)));

        var totals = await sut.GetIncidentTotalsAsync(Day, Ct);

        Assert.Equal(new IncidentTotals(3, 1, 1, 2, TimeSpan.FromMinutes(30), TimeSpan.FromHours(3)), totals);
    }

    [Fact]
    public async Task GetIncidentTotalsAsync_Filters_NarrowByLevelAndComponent()
    {
        var sut = await CreateSutAsync();
        await SaveAllAsync(
            sut,
            StoreTestData.Incident("a", S0.AddHours(1), level: IncidentLevel.Critical, component: "db"),
            StoreTestData.Incident("b", S0.AddHours(1), level: IncidentLevel.Warning, component: "db"),
            StoreTestData.Incident("c", S0.AddHours(1), level: IncidentLevel.Critical, component: "api"));

        var totals = await sut.GetIncidentTotalsAsync(
            Day with { MinLevel = IncidentLevel.Error, Component = "db" }, Ct);

        Assert.Equal(1, totals.Detected);
        Assert.Null(totals.MeanTimeToResolve);
    }

    [Fact]
    public async Task GetIncidentCountsOverTimeAsync_HourlyIntervals_CountsPerInterval()
    {
        var sut = await CreateSutAsync();
        await SaveAllAsync(
            sut,
            StoreTestData.Incident("a", S0.AddMinutes(10)),
            StoreTestData.Incident("b", S0.AddMinutes(50)),
            StoreTestData.Incident("c", S0.AddHours(5).AddMinutes(1)));

        var counts = await sut.GetIncidentCountsOverTimeAsync(Day, TimeSpan.FromHours(1), Ct);

        Assert.Equal([new TimeBucketCount(S0, 2), new TimeBucketCount(S0.AddHours(5), 1)], counts);
    }

    [Fact]
    public async Task GetIncidentCountsByCategoryAsync_MixedCategories_LargestFirstWithEmptyForNone()
    {
        var sut = await CreateSutAsync();
        await SaveAllAsync(
            sut,
            StoreTestData.Incident("a", S0.AddHours(1)) with { Category = "database" },
            StoreTestData.Incident("b", S0.AddHours(2)) with { Category = "database" },
            StoreTestData.Incident("c", S0.AddHours(3)));

        var counts = await sut.GetIncidentCountsByCategoryAsync(Day, Ct);

        Assert.Equal([new KeyCount("database", 2), new KeyCount("", 1)], counts);
    }

    [Fact]
    public async Task GetIncidentHeatMapAsync_Incidents_CountsPerWeekdayAndUtcHour()
    {
        var sut = await CreateSutAsync();
        var friday9 = new DateTimeOffset(2025, 3, 14, 11, 30, 0, TimeSpan.FromHours(2));
        await SaveAllAsync(
            sut,
            StoreTestData.Incident("a", friday9),
            StoreTestData.Incident("b", friday9.AddMinutes(10)),
            StoreTestData.Incident("c", S0.AddHours(23)));

        var cells = await sut.GetIncidentHeatMapAsync(Day, Ct);

        Assert.Equal([new HeatMapCell(DayOfWeek.Friday, 9, 2), new HeatMapCell(DayOfWeek.Friday, 23, 1)], cells);
    }

    [Fact]
    public async Task GetAgentStatisticsAsync_DiagnosesAndFeedback_CombinesPerAgent()
    {
        var sut = await CreateSutAsync();
        var diagnosis = StoreTestData.FullDiagnosis() with { AgentName = "alpha", ProducedAt = S0.AddHours(1.5) };
        await SaveAllAsync(sut, StoreTestData.Incident("a", S0.AddHours(1)) with { Diagnosis = diagnosis });
        await sut.AddFeedbackAsync(Feedback("f1", "alpha", helpful: true), Ct);
        await sut.AddFeedbackAsync(Feedback("f2", "alpha", helpful: false), Ct);
        await sut.AddFeedbackAsync(Feedback("f3", "beta", helpful: true), Ct);

        var agents = await sut.GetAgentStatisticsAsync(Day, Ct);

        Assert.Equal(
            [new AgentStatistics("alpha", 1, TimeSpan.FromMinutes(30), 1, 1), new AgentStatistics("beta", 0, null, 1, 0)],
            agents);
    }

    [Fact]
    public async Task GetChannelOutcomeCountsAsync_Attempts_CountsPerChannelAndOutcome()
    {
        var sut = await CreateSutAsync();
        await sut.AddNotificationAsync(
            StoreTestData.FullNotification(), [StoreTestData.FullDelivery("d1")], Ct);
        await sut.AddAttemptAsync(StoreTestData.FullAttempt("a1", "d1", S0.AddHours(1)), Ct);
        await sut.AddAttemptAsync(StoreTestData.FullAttempt("a2", "d1", S0.AddHours(2)), Ct);
        await sut.AddAttemptAsync(StoreTestData.FullAttempt("a3", "d1", S0.AddDays(2)), Ct);

        var counts = await sut.GetChannelOutcomeCountsAsync(S0, S0.AddDays(1), Ct);

        var attempt = StoreTestData.FullAttempt("x", "d1", S0);
        Assert.Equal([new ChannelOutcomeCount(attempt.Channel, attempt.Outcome, 2)], counts);
    }

    [Fact]
    public async Task GetLiveCountsAsync_OpenIncidentsAndPendingDeliveries_CountsBoth()
    {
        var sut = await CreateSutAsync();
        await SaveAllAsync(
            sut,
            StoreTestData.Incident("a", S0),
            StoreTestData.Incident("b", S0, status: IncidentStatus.Resolved));
        await sut.AddNotificationAsync(
            StoreTestData.FullNotification(), [StoreTestData.PendingDelivery("d1", NotificationPriority.High, S0)], Ct);

        var live = await sut.GetLiveCountsAsync(Ct);

        Assert.Equal(new LiveCounts(1, 1), live);
    }

    [Fact]
    public async Task QueryDeliveriesAsync_ChannelAndStatus_FiltersNewestFirstWithTotal()
    {
        var sut = await CreateSutAsync();
        var first = StoreTestData.FullDelivery("d1") with { Channel = "slack", CreatedAt = S0 };
        var second = StoreTestData.FullDelivery("d2") with { Channel = "slack", CreatedAt = S0.AddMinutes(1) };
        var other = StoreTestData.FullDelivery("d3") with { Channel = "email", CreatedAt = S0.AddMinutes(2) };
        await sut.AddNotificationAsync(StoreTestData.FullNotification(), [first, second, other], Ct);

        var result = await sut.QueryDeliveriesAsync(
            new DeliveryQuery { Channel = "slack", Status = first.Status, Take = 1 }, Ct);

        Assert.Equal(["d2"], result.Items.Select(d => d.Id));
        Assert.Equal(2, result.Total);
    }

    private static DiagnosisFeedback Feedback(string id, string agent, bool helpful) => new()
    {
        Id = id, IncidentId = "a", AgentName = agent, Helpful = helpful, GivenAt = S0.AddHours(2),
    };
}
