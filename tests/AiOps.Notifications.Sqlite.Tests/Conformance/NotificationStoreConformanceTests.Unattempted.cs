namespace AiOps.Notifications.Storage.Conformance;

/// <content>Deliveries that wait for their first attempt.</content>
public abstract partial class NotificationStoreConformanceTests
{
    [Fact]
    public async Task GetUnattemptedDeliveriesAsync_MixedDeliveries_ReturnsPendingNeverAttemptedOfTheType()
    {
        var sut = await CreateSutAsync();
        var waiting = StoreTestData.PendingDelivery("waiting", NotificationPriority.High, Now.AddSeconds(30), "ntf-1");
        await AddNotificationAsync(
            sut,
            "ntf-1",
            null,
            StoreTestData.T0,
            waiting,
            waiting with { Id = "retrying", AttemptCount = 1 },
            waiting with { Id = "delivered", Status = DeliveryStatus.Delivered, NextAttemptAt = null },
            waiting with { Id = "silenced", Status = DeliveryStatus.Silenced, NextAttemptAt = null });
        var resolved = StoreTestData.FullNotification("ntf-2") with { Type = NotificationTypes.IncidentResolved };
        await sut.AddNotificationAsync(resolved, [waiting with { Id = "resolved", NotificationId = "ntf-2" }], Ct);

        var found = await sut.GetUnattemptedDeliveriesAsync(NotificationTypes.IncidentDetected, 10, Ct);

        Assert.Equal([waiting], found);
    }

    [Fact]
    public async Task GetUnattemptedDeliveriesAsync_SeveralNotifications_ReturnsOldestFirstThenAsStored()
    {
        var sut = await CreateSutAsync();
        var late = StoreTestData.PendingDelivery("a-late", NotificationPriority.Critical, Now, "ntf-1")
            with { CreatedAt = StoreTestData.T0.AddSeconds(5) };
        await AddNotificationAsync(sut, "ntf-1", null, StoreTestData.T0.AddSeconds(5), late);
        await AddNotificationAsync(
            sut,
            "ntf-2",
            null,
            StoreTestData.T0,
            StoreTestData.PendingDelivery("c-first", NotificationPriority.Low, Now.AddMinutes(1), "ntf-2"),
            StoreTestData.PendingDelivery("b-second", NotificationPriority.Low, Now, "ntf-2"));

        var found = await sut.GetUnattemptedDeliveriesAsync(NotificationTypes.IncidentDetected, 10, Ct);

        Assert.Equal(["c-first", "b-second", "a-late"], found.Select(d => d.Id));
    }

    [Fact]
    public async Task GetUnattemptedDeliveriesAsync_MoreThanLimit_ReturnsTheOldest()
    {
        var sut = await CreateSutAsync();
        var deliveries = Enumerable.Range(1, 5).Select(n =>
            StoreTestData.PendingDelivery($"d{n}", NotificationPriority.Medium, Now, "ntf-1")
                with { CreatedAt = StoreTestData.T0.AddSeconds(10 - n) });
        await AddNotificationAsync(sut, "ntf-1", null, StoreTestData.T0, [.. deliveries]);

        var found = await sut.GetUnattemptedDeliveriesAsync(NotificationTypes.IncidentDetected, 2, Ct);

        Assert.Equal(["d5", "d4"], found.Select(d => d.Id));
    }
}
