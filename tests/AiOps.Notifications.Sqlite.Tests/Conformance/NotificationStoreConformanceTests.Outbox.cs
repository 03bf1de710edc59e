namespace AiOps.Notifications.Storage.Conformance;

/// <content>Due deliveries (the outbox) and delivery attempts.</content>
public abstract partial class NotificationStoreConformanceTests
{
    private static readonly DateTimeOffset Now = StoreTestData.T0.AddHours(1);

    [Fact]
    public async Task GetDueDeliveriesAsync_MixedPriorities_ReturnsHighestPriorityThenSoonest()
    {
        var sut = await CreateSutAsync();
        await AddNotificationAsync(
            sut,
            "ntf-1",
            null,
            StoreTestData.T0,
            StoreTestData.PendingDelivery("low-early", NotificationPriority.Low, Now.AddMinutes(-30)),
            StoreTestData.PendingDelivery("crit-late", NotificationPriority.Critical, Now.AddMinutes(-1)),
            StoreTestData.PendingDelivery("crit-early", NotificationPriority.Critical, Now.AddMinutes(-2)),
            StoreTestData.PendingDelivery("med", NotificationPriority.Medium, Now.AddMinutes(-40)),
            StoreTestData.PendingDelivery("high", NotificationPriority.High, Now));

        var due = await sut.GetDueDeliveriesAsync(Now, 10, Ct);

        Assert.Equal(["crit-early", "crit-late", "high", "med", "low-early"], due.Select(d => d.Id));
    }

    [Fact]
    public async Task GetDueDeliveriesAsync_MoreDueThanLimit_ReturnsFirstByOrder()
    {
        var sut = await CreateSutAsync();
        var deliveries = Enumerable.Range(1, 6)
            .Select(n => StoreTestData.PendingDelivery($"d{n}", NotificationPriority.Medium, Now.AddMinutes(-n)));
        await AddNotificationAsync(sut, "ntf-1", null, StoreTestData.T0, [.. deliveries]);

        var due = await sut.GetDueDeliveriesAsync(Now, 3, Ct);

        Assert.Equal(["d6", "d5", "d4"], due.Select(d => d.Id));
    }

    [Fact]
    public async Task GetDueDeliveriesAsync_OneChannelOverLimit_ReturnsLimitPerChannel()
    {
        var sut = await CreateSutAsync();
        var backlog = Enumerable.Range(1, 4).Select(n =>
            StoreTestData.PendingDelivery($"slack-{n}", NotificationPriority.Critical, Now.AddMinutes(-10 - n))
                with { Channel = "slack" });
        var mail = StoreTestData.PendingDelivery("mail", NotificationPriority.Low, Now) with { Channel = "mail" };
        await AddNotificationAsync(sut, "ntf-1", null, StoreTestData.T0, [.. backlog, mail]);

        var due = await sut.GetDueDeliveriesAsync(Now, 2, Ct);

        Assert.Equal(["slack-4", "slack-3", "mail"], due.Select(d => d.Id));
    }

    [Fact]
    public async Task GetDueDeliveriesAsync_NotPendingOrNotYetDue_LeavesThemOut()
    {
        var sut = await CreateSutAsync();
        var due = StoreTestData.PendingDelivery("due", NotificationPriority.Low, Now);
        await AddNotificationAsync(
            sut,
            "ntf-1",
            null,
            StoreTestData.T0,
            due,
            StoreTestData.PendingDelivery("future", NotificationPriority.Critical, Now.AddTicks(10)),
            due with { Id = "delivered", Status = DeliveryStatus.Delivered },
            due with { Id = "accepted", Status = DeliveryStatus.Accepted },
            due with { Id = "failed", Status = DeliveryStatus.Failed },
            due with { Id = "silenced", Status = DeliveryStatus.Silenced });

        var found = await sut.GetDueDeliveriesAsync(Now, 10, Ct);

        Assert.Equal([due], found);
    }

    [Fact]
    public async Task GetDueDeliveriesAsync_PendingWithoutNextAttempt_IsDueFromItsCreation()
    {
        var sut = await CreateSutAsync();
        var queued = StoreTestData.PendingDelivery("queued", NotificationPriority.High, null) with { CreatedAt = Now };
        await AddNotificationAsync(sut, "ntf-1", null, StoreTestData.T0, queued);

        var before = await sut.GetDueDeliveriesAsync(Now.AddTicks(-10), 10, Ct);
        var at = await sut.GetDueDeliveriesAsync(Now, 10, Ct);

        Assert.Empty(before);
        Assert.Equal([queued], at);
    }

    [Fact]
    public async Task GetDueDeliveriesAsync_UpdatedToDelivered_IsNoLongerDue()
    {
        var sut = await CreateSutAsync();
        var pending = StoreTestData.PendingDelivery("d1", NotificationPriority.High, Now);
        await AddNotificationAsync(sut, "ntf-1", null, StoreTestData.T0, pending);

        await sut.UpdateDeliveryAsync(pending with { Status = DeliveryStatus.Delivered, CompletedAt = Now }, Ct);
        var due = await sut.GetDueDeliveriesAsync(Now, 10, Ct);

        Assert.Empty(due);
    }

    [Fact]
    public async Task AddAttemptAsync_EveryFieldSet_RoundTripsOldestFirst()
    {
        var sut = await CreateSutAsync();
        await AddNotificationAsync(sut, "ntf-1", "inc-1", StoreTestData.T0, StoreTestData.FullDelivery("d1"));
        var second = StoreTestData.FullAttempt("a2", "d1", StoreTestData.T0.AddSeconds(5));
        var first = StoreTestData.FullAttempt("a1", "d1", StoreTestData.T0) with { StatusCode = null, Detail = null };
        var otherIncident = StoreTestData.FullAttempt("a3", "d1", StoreTestData.T0) with { IncidentId = "inc-2" };

        await sut.AddAttemptAsync(second, Ct);
        await sut.AddAttemptAsync(first, Ct);
        await sut.AddAttemptAsync(otherIncident, Ct);
        var found = await sut.GetAttemptsForIncidentAsync("inc-1", Ct);

        Assert.Equal([first, second], found);
    }

    [Fact]
    public async Task Writes_ManyParallelTasks_LoseNothing()
    {
        var sut = await CreateSutAsync();
        const int Tasks = 40;

        await Task.WhenAll(Enumerable.Range(0, Tasks).Select(n => Task.Run(() => WriteOneIncidentAsync(sut, n), Ct)));

        var incidents = await sut.QueryIncidentsAsync(new() { Take = 1 }, Ct);
        var attempts = await Task.WhenAll(
            Enumerable.Range(0, Tasks).Select(n => sut.GetAttemptsForIncidentAsync($"inc-{n}", Ct)));
        var due = await sut.GetDueDeliveriesAsync(Now.AddYears(1), 1000, Ct);
        Assert.Equal(Tasks, incidents.Total);
        Assert.All(attempts, a => Assert.Equal(2, a.Count));
        Assert.Equal(Tasks, due.Count);
    }

    private static async Task WriteOneIncidentAsync(INotificationStore sut, int n)
    {
        var incidentId = $"inc-{n}";
        await sut.SaveIncidentAsync(StoreTestData.Incident(incidentId, Now.AddSeconds(n)), Ct);
        var pending = StoreTestData.PendingDelivery($"p-{n}", NotificationPriority.High, Now, $"n-{n}");
        var done = StoreTestData.FullDelivery($"d-{n}", $"n-{n}", incidentId);
        await AddNotificationAsync(sut, $"n-{n}", incidentId, Now, pending, done);

        foreach (var number in new[] { 1, 2 })
        {
            var attempt = StoreTestData.FullAttempt($"a-{n}-{number}", done.Id, Now) with { IncidentId = incidentId };
            await sut.AddAttemptAsync(attempt with { NotificationId = $"n-{n}", Number = number }, Ct);
        }

        await sut.UpdateDeliveryAsync(done with { AttemptCount = 2 }, Ct);
    }
}
