namespace AiOps.Notifications.Storage.Conformance;

/// <content>Attempts of chosen deliveries, for the notification history.</content>
public abstract partial class NotificationStoreConformanceTests
{
    [Fact]
    public async Task GetAttemptsForDeliveriesAsync_TwoDeliveries_ReturnsTheirAttemptsInOrder()
    {
        var sut = await CreateSutAsync();
        await AddNotificationAsync(
            sut, "ntf-1", "inc-1", StoreTestData.T0,
            StoreTestData.FullDelivery("d1"), StoreTestData.FullDelivery("d2"), StoreTestData.FullDelivery("d3"));
        var d1Second = StoreTestData.FullAttempt("a2", "d1", StoreTestData.T0.AddSeconds(5)) with { Number = 2 };
        var d1First = StoreTestData.FullAttempt("a1", "d1", StoreTestData.T0) with { Number = 1 };
        var d2 = StoreTestData.FullAttempt("a3", "d2", StoreTestData.T0) with { IncidentId = null };
        var d3 = StoreTestData.FullAttempt("a4", "d3", StoreTestData.T0);

        foreach (var attempt in new[] { d1Second, d2, d1First, d3 })
        {
            await sut.AddAttemptAsync(attempt, Ct);
        }

        var found = await sut.GetAttemptsForDeliveriesAsync(["d2", "d1"], Ct);

        Assert.Equal([d2, d1First, d1Second], found);
    }

    [Fact]
    public async Task GetAttemptsForDeliveriesAsync_NoIds_ReturnsEmpty()
    {
        var sut = await CreateSutAsync();

        var found = await sut.GetAttemptsForDeliveriesAsync([], Ct);

        Assert.Empty(found);
    }
}
