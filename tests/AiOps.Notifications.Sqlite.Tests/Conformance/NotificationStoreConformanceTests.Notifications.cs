namespace AiOps.Notifications.Storage.Conformance;

/// <content>Notifications and their deliveries.</content>
public abstract partial class NotificationStoreConformanceTests
{
    [Fact]
    public async Task AddNotificationAsync_EveryFieldSet_RoundTripsNotificationAndDeliveries()
    {
        var sut = await CreateSutAsync();
        var notification = StoreTestData.FullNotification();
        Delivery[] deliveries =
        [
            StoreTestData.FullDelivery("dlv-1"),
            StoreTestData.FullDelivery("dlv-2") with { Channel = "slack", NextAttemptAt = null, CompletedAt = null },
        ];

        await sut.AddNotificationAsync(notification, deliveries, Ct);
        var found = await sut.FindNotificationAsync(notification.Id, Ct);
        var foundDeliveries = await sut.GetDeliveriesForNotificationAsync(notification.Id, Ct);

        StoreAssert.Equal(notification, found);
        Assert.Equal(deliveries, foundDeliveries);
    }

    [Fact]
    public async Task AddNotificationAsync_NoIncidentAndNoDeliveries_RoundTrips()
    {
        var sut = await CreateSutAsync();
        var notification = StoreTestData.FullNotification("ntf-free", incidentId: null);

        await sut.AddNotificationAsync(notification, [], Ct);
        var found = await sut.FindNotificationAsync(notification.Id, Ct);

        StoreAssert.Equal(notification, found);
        Assert.Empty(await sut.GetDeliveriesForNotificationAsync(notification.Id, Ct));
    }

    [Fact]
    public async Task FindNotificationAsync_UnknownId_ReturnsNull()
    {
        var sut = await CreateSutAsync();

        var found = await sut.FindNotificationAsync("missing", Ct);

        Assert.Null(found);
    }

    [Fact]
    public async Task GetNotificationsForIncidentAsync_SeveralIncidents_ReturnsThatIncidentsOldestFirst()
    {
        var sut = await CreateSutAsync();
        await AddNotificationAsync(sut, "n-late", "inc-1", StoreTestData.T0.AddMinutes(5));
        await AddNotificationAsync(sut, "n-early", "inc-1", StoreTestData.T0);
        await AddNotificationAsync(sut, "n-other", "inc-2", StoreTestData.T0.AddMinutes(1));

        var found = await sut.GetNotificationsForIncidentAsync("inc-1", Ct);

        Assert.Equal(["n-early", "n-late"], found.Select(n => n.Id));
    }

    [Fact]
    public async Task GetDeliveriesForNotificationAsync_SeveralNotifications_ReturnsOnlyItsDeliveries()
    {
        var sut = await CreateSutAsync();
        await AddNotificationAsync(sut, "n1", "inc-1", StoreTestData.T0, StoreTestData.FullDelivery("d1", "n1"));
        await AddNotificationAsync(sut, "n2", "inc-1", StoreTestData.T0, StoreTestData.FullDelivery("d2", "n2"));

        var found = await sut.GetDeliveriesForNotificationAsync("n2", Ct);

        Assert.Equal(["d2"], found.Select(d => d.Id));
    }

    [Fact]
    public async Task GetDeliveriesForIncidentAsync_SeveralNotifications_ReturnsAllOldestFirst()
    {
        var sut = await CreateSutAsync();
        var late = StoreTestData.FullDelivery("d-late", "n1") with { CreatedAt = StoreTestData.T0.AddMinutes(9) };
        var early = StoreTestData.FullDelivery("d-early", "n2") with { CreatedAt = StoreTestData.T0 };
        var other = StoreTestData.FullDelivery("d-other", "n3", "inc-2");
        await AddNotificationAsync(sut, "n1", "inc-1", StoreTestData.T0, late);
        await AddNotificationAsync(sut, "n2", "inc-1", StoreTestData.T0, early);
        await AddNotificationAsync(sut, "n3", "inc-2", StoreTestData.T0, other);

        var found = await sut.GetDeliveriesForIncidentAsync("inc-1", Ct);

        Assert.Equal(["d-early", "d-late"], found.Select(d => d.Id));
    }

    [Fact]
    public async Task UpdateDeliveryAsync_NewState_ReplacesStoredState()
    {
        var sut = await CreateSutAsync();
        var pending = StoreTestData.PendingDelivery("d1", NotificationPriority.Critical, StoreTestData.T0);
        await AddNotificationAsync(sut, "ntf-1", "inc-1", StoreTestData.T0, pending);
        var delivered = pending with
        {
            Status = DeliveryStatus.Delivered,
            AttemptCount = 2,
            NextAttemptAt = null,
            CompletedAt = StoreTestData.T0.AddSeconds(3),
            LastError = "first attempt: 503",
        };

        await sut.UpdateDeliveryAsync(delivered, Ct);
        var found = await sut.FindDeliveryAsync("d1", Ct);

        Assert.Equal(delivered, found);
    }

    [Fact]
    public async Task FindDeliveryAsync_UnknownId_ReturnsNull()
    {
        var sut = await CreateSutAsync();

        var found = await sut.FindDeliveryAsync("missing", Ct);

        Assert.Null(found);
    }
}
