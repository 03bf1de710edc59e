using AiOps.Notifications.Reports;

namespace AiOps.Notifications.Storage.Conformance;

/// <content>Report aggregates and export pages.</content>
public abstract partial class NotificationStoreConformanceTests
{
    private static readonly DateTimeOffset ReportT0 = StoreTestData.T0;

    private static ReportPeriod ReportDay => new(ReportT0.AddHours(-1), ReportT0.AddHours(23));

    [Fact]
    public async Task GetIncidentFiguresAsync_MixedIncidents_CountsAndMeansWithinPeriod()
    {
        var sut = await CreateSutAsync();
        await SaveAllAsync(
            sut,
            StoreTestData.Incident("a", ReportT0, IncidentStatus.Resolved, IncidentLevel.Critical) with
            {
                Category = "database", AcknowledgedAt = ReportT0.AddMinutes(2), ResolvedAt = ReportT0.AddMinutes(10),
            },
            StoreTestData.Incident("b", ReportT0.AddHours(1), IncidentStatus.Acknowledged) with
            {
                AcknowledgedAt = ReportT0.AddHours(1).AddMinutes(4),
            },
            StoreTestData.Incident("c", ReportT0.AddHours(2), component: null),
            StoreTestData.Incident("old", ReportT0.AddDays(-3), IncidentStatus.Resolved));

        var figures = await sut.GetIncidentFiguresAsync(ReportDay, Ct);

        Assert.Equal(3, figures.Total);
        Assert.Equal(2, figures.Acknowledged);
        Assert.Equal(1, figures.Resolved);
        Assert.Equal(TimeSpan.FromMinutes(3), figures.MeanTimeToAcknowledge);
        Assert.Equal(TimeSpan.FromMinutes(10), figures.MeanTimeToResolve);
        Assert.Equal(1.0 / 3, figures.ResolutionRate!.Value, 6);
        Assert.Equal([new("Acknowledged", 1), new("New", 1), new("Resolved", 1)], figures.ByStatus);
        Assert.Equal([new("Error", 2), new("Critical", 1)], figures.ByLevel);
        Assert.Equal([new(Reports.KeyCount.None, 2), new("database", 1)], figures.ByCategory);
        Assert.Equal([new("api", 2), new(Reports.KeyCount.None, 1)], figures.ByComponent);
    }

    [Fact]
    public async Task GetIncidentFiguresAsync_EmptyPeriod_ZeroesAndNoMeans()
    {
        var sut = await CreateSutAsync();

        var figures = await sut.GetIncidentFiguresAsync(ReportDay, Ct);

        Assert.Equal(0, figures.Total);
        Assert.Null(figures.MeanTimeToAcknowledge);
        Assert.Null(figures.MeanTimeToResolve);
        Assert.Null(figures.ResolutionRate);
        Assert.Empty(figures.ByStatus);
    }

    [Fact]
    public async Task GetTopFingerprintsAsync_Recurring_MostOccurrencesFirstAndLimited()
    {
        var sut = await CreateSutAsync();
        await SaveAllAsync(
            sut,
            StoreTestData.Incident("a", ReportT0, IncidentStatus.Resolved) with { Fingerprint = "fp-x", OccurrenceCount = 3 },
            StoreTestData.Incident("b", ReportT0.AddHours(1)) with { Fingerprint = "fp-x", OccurrenceCount = 4 },
            StoreTestData.Incident("c", ReportT0.AddHours(2)) with { Fingerprint = "fp-y", OccurrenceCount = 5 },
            StoreTestData.Incident("d", ReportT0.AddHours(3)) with { Fingerprint = "fp-z", OccurrenceCount = 1 });

        var top = await sut.GetTopFingerprintsAsync(ReportDay, 2, Ct);

        Assert.Equal(2, top.Count);
        Assert.Equal(("fp-x", 2, 7), (top[0].Fingerprint, top[0].Incidents, top[0].Occurrences));
        Assert.Equal(("fp-y", 1, 5), (top[1].Fingerprint, top[1].Incidents, top[1].Occurrences));
    }

    [Fact]
    public async Task GetChannelFiguresAsync_Deliveries_CountsOutcomesPerChannel()
    {
        var sut = await CreateSutAsync();
        await AddNotificationAsync(sut, "n1", "inc-1", ReportT0,
            Deliver("d1", "n1", "email", DeliveryStatus.Delivered, 1),
            Deliver("d2", "n1", "slack", DeliveryStatus.Failed, 3),
            Deliver("d3", "n1", "email", DeliveryStatus.Silenced, 0));
        var escalation = StoreTestData.FullNotification("n2", "inc-1") with
        {
            Type = NotificationTypes.IncidentEscalated, CreatedAt = ReportT0.AddMinutes(5),
        };
        await sut.AddNotificationAsync(escalation, [Deliver("d4", "n2", "email", DeliveryStatus.Accepted, 2)], Ct);

        var channels = await sut.GetChannelFiguresAsync(ReportDay, Ct);

        Assert.Equal(["email", "slack"], channels.Select(c => c.Channel));
        var email = channels[0];
        Assert.Equal((3, 2, 0, 1, 1, 1, 0), (email.Deliveries, email.Delivered, email.Failed, email.Retried,
            email.Escalated, email.Silenced, email.Pending));
        Assert.Equal((1, 1, 1), (channels[1].Deliveries, channels[1].Failed, channels[1].Retried));
    }

    [Fact]
    public async Task GetAgentFiguresAsync_DiagnosesAndFeedback_LatencyAndSuccessRate()
    {
        var sut = await CreateSutAsync();
        await SaveAllAsync(
            sut,
            StoreTestData.Incident("a", ReportT0) with { Diagnosis = Diagnosed("rules", ReportT0.AddSeconds(2)) },
            StoreTestData.Incident("b", ReportT0.AddHours(1)) with { Diagnosis = Diagnosed("rules", ReportT0.AddHours(1).AddSeconds(4)) },
            StoreTestData.Incident("c", ReportT0.AddHours(2)) with { Diagnosis = Diagnosed("llm", ReportT0.AddHours(2).AddMinutes(1)) });
        await sut.AddFeedbackAsync(Feedback("f1", "a", "rules", helpful: true), Ct);
        await sut.AddFeedbackAsync(Feedback("f2", "b", "rules", helpful: false), Ct);
        await sut.AddFeedbackAsync(Feedback("f3", "b", "rules", helpful: true), Ct);

        var agents = await sut.GetAgentFiguresAsync(ReportDay, Ct);

        Assert.Equal(["llm", "rules"], agents.Select(a => a.AgentName));
        Assert.Equal(TimeSpan.FromMinutes(1).TotalSeconds, agents[0].MeanResponseTime!.Value.TotalSeconds, 2);
        Assert.Null(agents[0].SuccessRate);
        Assert.Equal(3, agents[1].MeanResponseTime!.Value.TotalSeconds, 2);
        Assert.Equal((2, 3, 2), (agents[1].Diagnoses, agents[1].Feedback, agents[1].Helpful));
    }

    [Fact]
    public async Task GetIncidentPageAsync_PagedWithCursor_EveryIncidentOnceOldestFirst()
    {
        var sut = await CreateSutAsync();
        var ids = Enumerable.Range(0, 7).Select(i => $"i{i}").ToList();
        foreach (var (id, index) in ids.Select((id, index) => (id, index)))
        {
            await sut.SaveIncidentAsync(StoreTestData.Incident(id, ReportT0.AddMinutes(index / 2)), Ct);
        }

        var read = new List<string>();
        ExportCursor? after = null;
        IReadOnlyList<Incident> page;
        do
        {
            page = await sut.GetIncidentPageAsync(ReportDay, after, 3, Ct);
            read.AddRange(page.Select(i => i.Id));
            after = page.Count > 0 ? new ExportCursor(page[^1].DetectedAt, page[^1].Id) : after;
        }
        while (page.Count == 3);

        Assert.Equal(ids, read);
    }

    [Fact]
    public async Task GetNotificationPageAsync_PagedWithCursor_OnlyPeriodOldestFirst()
    {
        var sut = await CreateSutAsync();
        await AddNotificationAsync(sut, "n2", null, ReportT0.AddMinutes(1));
        await AddNotificationAsync(sut, "n1", null, ReportT0.AddMinutes(1));
        await AddNotificationAsync(sut, "n0", null, ReportT0);
        await AddNotificationAsync(sut, "late", null, ReportT0.AddDays(2));

        var first = await sut.GetNotificationPageAsync(ReportDay, null, 2, Ct);
        var second = await sut.GetNotificationPageAsync(ReportDay, new ExportCursor(first[^1].CreatedAt, first[^1].Id), 2, Ct);

        Assert.Equal(["n0", "n1"], first.Select(n => n.Id));
        Assert.Equal(["n2"], second.Select(n => n.Id));
        Assert.Equal(StoreTestData.FullNotification("n2", null).Data, second[0].Data);
    }

    private static Delivery Deliver(string id, string notificationId, string channel, DeliveryStatus status, int attempts) =>
        new()
        {
            Id = id,
            NotificationId = notificationId,
            IncidentId = "inc-1",
            Channel = channel,
            Status = status,
            AttemptCount = attempts,
            CreatedAt = ReportT0.AddMinutes(1),
        };

    private static Diagnosis Diagnosed(string agent, DateTimeOffset producedAt) =>
        StoreTestData.FullDiagnosis() with { AgentName = agent, ProducedAt = producedAt };

    private static DiagnosisFeedback Feedback(string id, string incidentId, string agent, bool helpful) => new()
    {
        Id = id, IncidentId = incidentId, AgentName = agent, Helpful = helpful, GivenAt = ReportT0.AddHours(3),
    };
}
