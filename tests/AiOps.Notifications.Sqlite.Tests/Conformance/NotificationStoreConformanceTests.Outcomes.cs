namespace AiOps.Notifications.Storage.Conformance;

/// <content>The outcome of a delivery's last attempt, stored in one write.</content>
public abstract partial class NotificationStoreConformanceTests
{
    [Fact]
    public async Task CompleteAttemptAsync_StoredDelivery_StoresTheAttemptAndTheNewState()
    {
        var sut = await CreateSutAsync();
        var pending = StoreTestData.PendingDelivery("d1", NotificationPriority.High, StoreTestData.T0);
        await AddNotificationAsync(sut, "ntf-1", "inc-1", StoreTestData.T0, pending);
        var attempt = StoreTestData.FullAttempt("a1", "d1", StoreTestData.T0) with
        {
            Outcome = AttemptOutcome.Delivered,
        };
        var delivered = (await sut.FindDeliveryAsync("d1", Ct))! with
        {
            Status = DeliveryStatus.Delivered,
            AttemptCount = 1,
            NextAttemptAt = null,
            CompletedAt = StoreTestData.T0.AddSeconds(1),
        };

        await sut.CompleteAttemptAsync(attempt, delivered, Ct);

        Assert.Equal(delivered, await sut.FindDeliveryAsync("d1", Ct));
        Assert.Equal([attempt], await sut.GetAttemptsForDeliveriesAsync(["d1"], Ct));
        Assert.Empty(await sut.GetDueDeliveriesAsync(StoreTestData.T0.AddDays(1), 10, Ct));
    }

    [Fact]
    public async Task CompleteAttemptAsync_DeliveryNotStored_ThrowsAndStoresNoAttempt()
    {
        var sut = await CreateSutAsync();
        var pending = StoreTestData.PendingDelivery("d1", NotificationPriority.High, StoreTestData.T0);
        await AddNotificationAsync(sut, "ntf-1", "inc-1", StoreTestData.T0, pending);
        var attempt = StoreTestData.FullAttempt("a1", "missing", StoreTestData.T0);
        var missing = StoreTestData.PendingDelivery("missing", NotificationPriority.High, StoreTestData.T0);

        await Assert.ThrowsAsync<InvalidOperationException>(() => sut.CompleteAttemptAsync(attempt, missing, Ct));

        Assert.Empty(await sut.GetAttemptsForDeliveriesAsync(["missing"], Ct));
    }
}
